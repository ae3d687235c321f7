package org.tuoyu.institution.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.RegistryImport;
import org.tuoyu.institution.RegistryImportReport;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.Texts;

/**
 * Excel for the registry, on pages and the API: export the current list, download the template,
 * check an upload row by row, confirm the valid rows.
 */
@Controller
class RegistryImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CurrentUsers currentUsers;

	private final RegistryImport registryImport;

	private final Texts texts;

	RegistryImportController(CurrentUsers currentUsers, RegistryImport registryImport, Texts texts) {
		this.currentUsers = currentUsers;
		this.registryImport = registryImport;
		this.texts = texts;
	}

	/** A bad row with its translated reason. */
	record RowError(int row, String column, String code, String message) {
	}

	/** The report as the API answers it. */
	record ReportView(UUID importId, int rowsRead, List<Integer> validRows, List<RowError> errors, int written) {
	}

	@GetMapping({ "/admin/institutions/export.xlsx", "/api/v1/institutions/export" })
	ResponseEntity<byte[]> export(@RequestParam(required = false) InstitutionStatus status,
			@RequestParam(required = false) String q) {
		return file("institutions.xlsx", registryImport.export(currentUsers.require(), status, q,
				LocaleContextHolder.getLocale()));
	}

	@GetMapping({ "/admin/institutions/import/template.xlsx", "/api/v1/institutions/import/template" })
	ResponseEntity<byte[]> template() {
		return file("institution-template.xlsx", registryImport.template(LocaleContextHolder.getLocale()));
	}

	@GetMapping("/admin/institutions/import")
	String page() {
		return "institution/import";
	}

	@PostMapping("/admin/institutions/import")
	String check(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		try {
			model.addAttribute("report", view(registryImport.check(currentUsers.require(),
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes())));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", texts.text(ex.messageKey(), ex.arguments()));
		}
		return "institution/import";
	}

	@PostMapping("/admin/institutions/import/{id}/confirm")
	String confirm(@PathVariable UUID id, Model model) {
		try {
			model.addAttribute("report", view(registryImport.confirm(currentUsers.require(), id)));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", texts.text(ex.messageKey(), ex.arguments()));
		}
		return "institution/import";
	}

	@PostMapping(path = "/api/v1/institutions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseBody
	ReportView checkApi(@RequestParam MultipartFile file) throws IOException {
		return view(registryImport.check(currentUsers.require(), file.getOriginalFilename(), file.getBytes()));
	}

	@PostMapping("/api/v1/institutions/import/{id}/confirm")
	@ResponseBody
	ReportView confirmApi(@PathVariable UUID id) {
		return view(registryImport.confirm(currentUsers.require(), id));
	}

	private ReportView view(RegistryImportReport report) {
		return new ReportView(report.importId(), report.rowsRead(), report.validRows(), report.problems()
			.stream()
			.map(p -> new RowError(p.row(), p.column(), p.messageKey(), texts.text(p.messageKey(), p.arguments().toArray())))
			.toList(), report.written());
	}

	private static ResponseEntity<byte[]> file(String name, byte[] content) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}
}
