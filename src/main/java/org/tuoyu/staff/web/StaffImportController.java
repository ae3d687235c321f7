package org.tuoyu.staff.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.staff.StaffImport;

/**
 * The institution's staff in Excel: the import page (template, upload and check, confirmation of
 * the valid rows) and the roster export.
 */
@Controller
@RequestMapping("/org/staff")
class StaffImportController {

	private final CurrentUsers currentUsers;

	private final StaffImport staffImport;

	private final StaffImportViews views;

	StaffImportController(CurrentUsers currentUsers, StaffImport staffImport, StaffImportViews views) {
		this.currentUsers = currentUsers;
		this.staffImport = staffImport;
		this.views = views;
	}

	@GetMapping("/import")
	String page(Model model) {
		return views.page(staffImport, StaffImportViews.STAFF, model);
	}

	@GetMapping("/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		return StaffImportViews.xlsx(StaffImportViews.TEMPLATE_FILE,
				staffImport.template(LocaleContextHolder.getLocale()));
	}

	@PostMapping("/import")
	String check(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		return views.check(staffImport, StaffImportViews.STAFF, file, model);
	}

	@PostMapping("/import/{id}/confirm")
	String confirm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return views.confirm(staffImport, StaffImportViews.STAFF, id, model, redirect);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export() {
		return StaffImportViews.xlsx(StaffImportViews.EXPORT_FILE,
				staffImport.export(currentUsers.require(), LocaleContextHolder.getLocale()));
	}
}
