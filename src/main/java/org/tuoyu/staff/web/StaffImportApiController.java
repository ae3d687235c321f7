package org.tuoyu.staff.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.staff.StaffImport;
import org.tuoyu.staff.web.StaffImportViews.ReportView;

/**
 * Staff in Excel over the API: the template, checking an upload row by row, confirming its valid
 * rows and the roster export. Refusals are problem details; outside the user's scope, 404.
 */
@RestController
@RequestMapping("/api/v1/staff")
class StaffImportApiController {

	private final CurrentUsers currentUsers;

	private final StaffImport staffImport;

	private final StaffImportViews views;

	StaffImportApiController(CurrentUsers currentUsers, StaffImport staffImport, StaffImportViews views) {
		this.currentUsers = currentUsers;
		this.staffImport = staffImport;
		this.views = views;
	}

	/** The import template (.xlsx) with one example row, which is never imported. */
	@GetMapping("/import/template")
	ResponseEntity<byte[]> template() {
		return StaffImportViews.xlsx(StaffImportViews.TEMPLATE_FILE,
				staffImport.template(LocaleContextHolder.getLocale()));
	}

	/** Checks a filled template and keeps it for confirmation; writes no staff. */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ReportView check(@RequestParam MultipartFile file) throws IOException {
		return views.view(staffImport.check(currentUsers.require(), file.getBytes()), staffImport);
	}

	/** Writes the valid rows of a checked upload, or nothing (marked changed) if they changed. */
	@PostMapping("/import/{id}/confirm")
	ReportView confirm(@PathVariable UUID id) {
		return views.view(staffImport.confirm(currentUsers.require(), id), staffImport);
	}

	/** The roster of the user's institution (.xlsx), ID and phone numbers masked. */
	@GetMapping("/export")
	ResponseEntity<byte[]> export() {
		return StaffImportViews.xlsx(StaffImportViews.EXPORT_FILE,
				staffImport.export(currentUsers.require(), LocaleContextHolder.getLocale()));
	}
}
