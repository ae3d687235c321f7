package org.tuoyu.statistics.web;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.XlsxTables;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.statistics.StatisticsReport;
import org.tuoyu.statistics.StatisticsReportFormat;
import org.tuoyu.statistics.StatisticsReports;
import org.tuoyu.statistics.internal.ReportPdf;
import org.tuoyu.statistics.internal.ReportTexts;
import org.tuoyu.statistics.internal.ReportWorkbook;

/**
 * The statistics report (统计报表) as a download: plain links for the pages (the division defaults
 * to the officer's area, the year to this year) and one API path with a {@code format}.
 */
@RestController
class StatisticsReportController {

	private final CurrentUsers currentUsers;

	private final StatisticsReports reports;

	private final RegionManagement regions;

	private final ReportTexts texts;

	StatisticsReportController(CurrentUsers currentUsers, StatisticsReports reports, RegionManagement regions,
			ReportTexts texts) {
		this.currentUsers = currentUsers;
		this.reports = reports;
		this.regions = regions;
		this.texts = texts;
	}

	@GetMapping("/admin/statistics/report.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String division,
			@RequestParam(required = false) Integer year) {
		return page(division, year, StatisticsReportFormat.XLSX);
	}

	@GetMapping("/admin/statistics/report.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String division,
			@RequestParam(required = false) Integer year) {
		return page(division, year, StatisticsReportFormat.PDF);
	}

	@Operation(summary = "The statistics report (统计报表) of a division in a year as an Excel workbook or a PDF",
			description = "format: xlsx or pdf. The indicators of the division and of each direct sub-division with "
					+ "numerator, denominator, 2025 target, gap and source; operating institutions per sub-division by "
					+ "category with inclusive ones, places and children placed; definitions and sources. Officers whose "
					+ "area covers the division; else 404. Audited.")
	@GetMapping("/api/v1/statistics/report")
	ResponseEntity<byte[]> report(@RequestParam(required = false) String division,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String format) {
		return download(currentUsers.require(), division, year, StatisticsReportFormat.named(format));
	}

	private ResponseEntity<byte[]> page(String division, Integer year, StatisticsReportFormat format) {
		CurrentUser user = currentUsers.require();
		String code = division == null || division.isBlank() ? regions.scopeRoot(user).division().code().value() : division;
		return download(user, code, year, format);
	}

	private ResponseEntity<byte[]> download(CurrentUser user, String division, Integer year,
			StatisticsReportFormat format) {
		StatisticsReport report = reports.report(user, division, year, format);
		String fileName = "tuoyu-statistics-report-%s-%d.%s".formatted(report.total().division().code().value(),
				report.year(), format.extension());
		if (format == StatisticsReportFormat.PDF) {
			return ReportPdf.of(report, texts).download(fileName);
		}
		return ResponseEntity.ok()
			.contentType(XlsxTables.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(ReportWorkbook.write(report, texts));
	}
}
