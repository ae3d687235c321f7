package org.tuoyu.statistics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.statistics.Indicator;
import org.tuoyu.statistics.IndicatorCode;
import org.tuoyu.statistics.StatisticsReport;
import org.tuoyu.statistics.StatisticsReport.Area;

/**
 * The statistics report as an .xlsx workbook of three sheets: 指标 (one row per division, five
 * columns per indicator under a merged heading with its target), 机构 (institution counts per
 * division) and 说明 (definitions and sources). Numbers are numeric cells; percentages are stored as
 * fractions in a percent format and per-mille values in a ‰ format; header rows are bold and
 * frozen.
 */
public final class ReportWorkbook {

	private static final int INDICATOR_COLUMNS = 5;

	private final Texts texts;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle bold;

	private final CellStyle title;

	private final CellStyle percent;

	private final CellStyle perMille;

	private ReportWorkbook(Texts texts) {
		this.texts = texts;
		this.bold = bold(11);
		this.title = bold(14);
		this.percent = format("0.00%");
		this.perMille = format("0.00\"‰\"");
	}

	/** The report's workbook bytes, in the current request's language. */
	public static byte[] write(StatisticsReport report, ReportTexts texts) {
		ReportWorkbook book = new ReportWorkbook(texts.texts());
		try (XSSFWorkbook workbook = book.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.indicators(report, texts);
			book.institutions(report, texts);
			book.notes(texts);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void indicators(StatisticsReport report, ReportTexts text) {
		Sheet sheet = workbook.createSheet(texts.text("statistics.report.sheet.indicators"));
		text(sheet.createRow(0), 0, text.title(report), title);
		text(sheet.createRow(1), 0, text.generated(report), null);
		Row groups = sheet.createRow(2);
		Row headers = sheet.createRow(3);
		List<String> fixed = texts.texts("statistics.report.code", "statistics.report.division", "statistics.report.source");
		for (int i = 0; i < fixed.size(); i++) {
			text(headers, i, fixed.get(i), bold);
		}
		List<String> parts = texts.texts("statistics.report.value", "statistics.report.numerator",
				"statistics.report.denominator", "statistics.report.gap", "statistics.report.met");
		int column = fixed.size();
		for (IndicatorCode code : IndicatorCode.values()) {
			text(groups, column, text.heading(code), bold);
			sheet.addMergedRegion(new CellRangeAddress(2, 2, column, column + INDICATOR_COLUMNS - 1));
			for (String part : parts) {
				text(headers, column++, part, bold);
			}
		}
		int r = 4;
		for (Area area : report.areas()) {
			Row row = sheet.createRow(r++);
			text(row, 0, area.division().code().value(), null);
			text(row, 1, area.division().name(), null);
			text(row, 2, area.indicators().isEmpty() ? "" : text.source(area.indicators().get(0)), null);
			int c = fixed.size();
			for (IndicatorCode code : IndicatorCode.values()) {
				Indicator indicator = area.indicators().stream().filter(i -> i.code() == code).findFirst().orElse(null);
				if (indicator != null) {
					value(row, c, indicator.value(), code);
					number(row, c + 1, indicator.numerator());
					number(row, c + 2, indicator.denominator());
					value(row, c + 3, indicator.gap(), code);
					text(row, c + 4, text.met(indicator), null);
				}
				c += INDICATOR_COLUMNS;
			}
		}
		widths(sheet, new int[] { 12, 18, 12 }, column, 11);
		sheet.createFreezePane(fixed.size(), 4);
	}

	private void institutions(StatisticsReport report, ReportTexts text) {
		Sheet sheet = workbook.createSheet(texts.text("statistics.report.sheet.institutions"));
		List<String> headers = new ArrayList<>(texts.texts("statistics.report.code", "statistics.report.division"));
		headers.addAll(text.institutionHeaders());
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			text(header, i, headers.get(i), bold);
		}
		int r = 1;
		for (Area area : report.areas()) {
			Row row = sheet.createRow(r++);
			text(row, 0, area.division().code().value(), null);
			text(row, 1, area.division().name(), null);
			int c = 2;
			for (long count : ReportTexts.institutionCounts(area.institutions())) {
				row.createCell(c++).setCellValue(count);
			}
		}
		widths(sheet, new int[] { 12, 18 }, headers.size(), 14);
		sheet.createFreezePane(2, 1);
	}

	private void notes(ReportTexts text) {
		Sheet sheet = workbook.createSheet(texts.text("statistics.report.sheet.notes"));
		Row header = sheet.createRow(0);
		List<String> headers = texts.texts("statistics.report.indicator", "statistics.report.definition",
				"statistics.report.target");
		for (int i = 0; i < headers.size(); i++) {
			text(header, i, headers.get(i), bold);
		}
		int r = 1;
		for (IndicatorCode code : IndicatorCode.values()) {
			Row row = sheet.createRow(r++);
			text(row, 0, texts.text(code.messageKey()), null);
			text(row, 1, text.definition(code), null);
			text(row, 2, text.target(code), null);
		}
		r++;
		text(sheet.createRow(r++), 0, texts.text("statistics.report.sources"), bold);
		for (String source : text.sources()) {
			text(sheet.createRow(r++), 0, source, null);
		}
		sheet.setColumnWidth(0, 30 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		sheet.setColumnWidth(2, 14 * 256);
		sheet.createFreezePane(0, 1);
	}

	/** A value in its unit: a percentage as a fraction in percent format, per mille as is in ‰ format. */
	private void value(Row row, int column, BigDecimal value, IndicatorCode code) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		if (code.unit() == IndicatorCode.Unit.PERCENT) {
			cell.setCellValue(value.movePointLeft(2).doubleValue());
			cell.setCellStyle(percent);
		}
		else {
			cell.setCellValue(value.doubleValue());
			cell.setCellStyle(perMille);
		}
	}

	private static void number(Row row, int column, BigDecimal value) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static void widths(Sheet sheet, int[] first, int columns, int rest) {
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, (i < first.length ? first[i] : rest) * 256);
		}
	}

	private CellStyle bold(int points) {
		Font font = workbook.createFont();
		font.setBold(true);
		font.setFontHeightInPoints((short) points);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	private CellStyle format(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}
}
