package org.tuoyu.staff.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.staff.StaffImportReport;
import org.tuoyu.staff.internal.StaffSpreadsheet;

/** What the import pages and the API share: the translated report and the .xlsx download. */
@Component
class StaffImportViews {

	static final String TEMPLATE_FILE = "staff-template.xlsx";

	static final String EXPORT_FILE = "staff.xlsx";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Texts texts;

	StaffImportViews(Texts texts) {
		this.texts = texts;
	}

	/** A bad row: its number, the field and its column header, the reason's key and translated text. */
	record RowError(int row, String column, String columnName, String code, String message) {
	}

	/** The report as pages and the API show it. */
	record ReportView(UUID importId, int rowsRead, List<Integer> validRows, List<RowError> errors, int written,
			boolean changed) {
	}

	ReportView view(StaffImportReport report) {
		return new ReportView(report.importId(), report.rowsRead(), report.validRows(), report.problems()
			.stream()
			.map(p -> new RowError(p.row(), p.column(),
					StaffSpreadsheet.COLUMNS.contains(p.column()) ? texts.text("staff." + p.column()) : "",
					p.messageKey(), texts.text(p.messageKey(), p.arguments().toArray())))
			.toList(), report.written(), report.changed());
	}

	static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}
}
