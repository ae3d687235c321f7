package org.tuoyu.guidance.register.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tuoyu.guidance.register.RegisterImport;
import org.tuoyu.guidance.register.RegisterImportReport;
import org.tuoyu.platform.web.Texts;

/** What the import page and the API share: the translated report and the template downloads. */
@Component
class RegisterImportViews {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final RegisterImport registerImport;

	private final Texts texts;

	RegisterImportViews(RegisterImport registerImport, Texts texts) {
		this.registerImport = registerImport;
		this.texts = texts;
	}

	/** A bad row: its number, the field and its column header, the reason's key and translated text. */
	record RowError(int row, String field, String columnName, String code, String message) {
	}

	/** The report as pages and the API show it. */
	record ReportView(UUID importId, int rowsRead, int validRows, List<RowError> errors, int written, boolean changed) {
	}

	ReportView view(RegisterImportReport report) {
		return new ReportView(report.importId(), report.rowsRead(), report.validRows(), report.problems()
			.stream()
			.map(p -> {
				String header = p.field() == null ? null : registerImport.headerKey(p.field());
				return new RowError(p.row(), p.field(), header == null ? "" : texts.text(header), p.messageKey(),
						texts.text(p.messageKey(), p.arguments().toArray()));
			})
			.toList(), report.written(), report.changed());
	}

	static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}
}
