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
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.staff.StaffImport;
import org.tuoyu.staff.StaffImportReport;

/**
 * The institution's staff in Excel: the import page (template, upload and check, confirmation of
 * the valid rows) and the roster export.
 */
@Controller
@RequestMapping("/org/staff")
class StaffImportController {

	private static final String PAGE = "staff/import";

	private final CurrentUsers currentUsers;

	private final StaffImport staffImport;

	private final StaffImportViews views;

	private final Texts texts;

	StaffImportController(CurrentUsers currentUsers, StaffImport staffImport, StaffImportViews views, Texts texts) {
		this.currentUsers = currentUsers;
		this.staffImport = staffImport;
		this.views = views;
		this.texts = texts;
	}

	@GetMapping("/import")
	String page() {
		if (!staffImport.mayImport(currentUsers.require())) {
			throw new NotFoundException("import");
		}
		return PAGE;
	}

	@GetMapping("/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		return StaffImportViews.xlsx(StaffImportViews.TEMPLATE_FILE,
				staffImport.template(LocaleContextHolder.getLocale()));
	}

	@PostMapping("/import")
	String check(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		try {
			model.addAttribute("report",
					views.view(staffImport.check(currentUsers.require(), file == null ? null : file.getBytes())));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", texts.text(ex.messageKey(), ex.arguments()));
		}
		return PAGE;
	}

	@PostMapping("/import/{id}/confirm")
	String confirm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			StaffImportReport report = staffImport.confirm(currentUsers.require(), id);
			if (!report.changed()) {
				redirect.addFlashAttribute("flash", "staff.import.done");
				return "redirect:/org/staff";
			}
			model.addAttribute("report", views.view(report));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", texts.text(ex.messageKey(), ex.arguments()));
		}
		return PAGE;
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export() {
		return StaffImportViews.xlsx(StaffImportViews.EXPORT_FILE,
				staffImport.export(currentUsers.require(), LocaleContextHolder.getLocale()));
	}
}
