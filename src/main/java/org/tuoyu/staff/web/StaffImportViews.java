package org.tuoyu.staff.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.staff.SpreadsheetImport;
import org.tuoyu.staff.StaffImportReport;

/**
 * What the import pages and the API share, whatever they import: the translated report, the
 * .xlsx download and the steps of the import page (one template, {@code staff/import}).
 */
@Component
class StaffImportViews {

	static final String TEMPLATE_FILE = "staff-template.xlsx";

	static final String TRAINING_TEMPLATE_FILE = "training-template.xlsx";

	static final String EXPORT_FILE = "staff.xlsx";

	/** The staff import page. */
	static final ImportPage STAFF = new ImportPage("staff.import.title", "staff.import.explain", "staff.import.confirm",
			"staff.import.changed", "staff.import.done", "/org/staff/import", TEMPLATE_FILE, "/org/staff/export.xlsx");

	/** The training import page. */
	static final ImportPage TRAININGS = new ImportPage("staff.training.import.title", "staff.training.import.explain",
			"staff.training.import.confirm", "staff.training.import.changed", "staff.training.import.done",
			"/org/staff/trainings/import", TRAINING_TEMPLATE_FILE, null);

	private static final String PAGE = "staff/import";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CurrentUsers currentUsers;

	private final Texts texts;

	StaffImportViews(CurrentUsers currentUsers, Texts texts) {
		this.currentUsers = currentUsers;
		this.texts = texts;
	}

	/**
	 * What an import page shows of what it imports: the message keys of its title, explanation,
	 * confirm button, changed notice and done flash; the path it posts to (the template downloads
	 * from {@code <action>/template.xlsx}); the template's file name; and an export link or {@code null}.
	 */
	record ImportPage(String titleKey, String explainKey, String confirmKey, String changedKey, String doneKey,
			String action, String templateFile, String exportHref) {

		/** Where the template downloads from. */
		public String templateHref() {
			return action + "/template.xlsx";
		}

		/** Where an upload is confirmed. */
		public String confirmAction(UUID importId) {
			return action + "/" + importId + "/confirm";
		}
	}

	/** A bad row: its number, the field and its column header, the reason's key and translated text. */
	record RowError(int row, String column, String columnName, String code, String message) {
	}

	/** The report as pages and the API show it. */
	record ReportView(UUID importId, int rowsRead, List<Integer> validRows, List<RowError> errors, int written,
			boolean changed) {
	}

	ReportView view(StaffImportReport report, SpreadsheetImport source) {
		return new ReportView(report.importId(), report.rowsRead(), report.validRows(), report.problems()
			.stream()
			.map(p -> {
				String header = p.column() == null ? null : source.headerKey(p.column());
				return new RowError(p.row(), p.column(), header == null ? "" : texts.text(header), p.messageKey(),
						texts.text(p.messageKey(), p.arguments().toArray()));
			})
			.toList(), report.written(), report.changed());
	}

	/** The empty import page, for an institution's administrator only. */
	String page(SpreadsheetImport source, ImportPage page, Model model) {
		if (!source.mayImport(currentUsers.require())) {
			throw new NotFoundException("import");
		}
		model.addAttribute("importPage", page);
		return PAGE;
	}

	/** The page with the check of an upload, or with why the file could not be checked. */
	String check(SpreadsheetImport source, ImportPage page, MultipartFile file, Model model) throws IOException {
		model.addAttribute("importPage", page);
		try {
			model.addAttribute("report",
					view(source.check(currentUsers.require(), file == null ? null : file.getBytes()), source));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", texts.text(ex.messageKey(), ex.arguments()));
		}
		return PAGE;
	}

	/** Back to the roster once written; otherwise the page with the new check or the refusal. */
	String confirm(SpreadsheetImport source, ImportPage page, UUID id, Model model, RedirectAttributes redirect) {
		model.addAttribute("importPage", page);
		try {
			StaffImportReport report = source.confirm(currentUsers.require(), id);
			if (!report.changed()) {
				redirect.addFlashAttribute("flash", page.doneKey());
				return "redirect:/org/staff";
			}
			model.addAttribute("report", view(report, source));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", texts.text(ex.messageKey(), ex.arguments()));
		}
		return PAGE;
	}

	static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}
}
