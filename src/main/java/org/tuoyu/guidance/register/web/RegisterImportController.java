package org.tuoyu.guidance.register.web;

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
import org.tuoyu.guidance.register.RegisterImport;
import org.tuoyu.guidance.register.RegisterImportReport;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.platform.web.XlsxTables;

/** The register's import page: templates, upload and check, confirmation of the valid rows. */
@Controller
@RequestMapping("/admin/guidance/register/import")
class RegisterImportController {

	/** Bad rows the page lists; the API returns them all. */
	static final int SHOWN_PROBLEMS = 500;

	private static final String PAGE = "guidance/register/import";

	private final CurrentUsers currentUsers;

	private final RegisterImport registerImport;

	private final RegisterImportViews views;

	private final Texts texts;

	RegisterImportController(CurrentUsers currentUsers, RegisterImport registerImport, RegisterImportViews views,
			Texts texts) {
		this.currentUsers = currentUsers;
		this.registerImport = registerImport;
		this.views = views;
		this.texts = texts;
	}

	@GetMapping
	String page() {
		if (!registerImport.mayImport(currentUsers.require())) {
			throw new NotFoundException("import");
		}
		return PAGE;
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		return RegisterImportViews.download("register-template.xlsx", XlsxTables.XLSX,
				registerImport.template(LocaleContextHolder.getLocale()));
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return RegisterImportViews.download("register-template.csv", RegisterImportViews.CSV,
				registerImport.csvTemplate(LocaleContextHolder.getLocale()));
	}

	@PostMapping
	String check(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		try {
			show(registerImport.check(currentUsers.require(), file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes()), model);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", texts.text(ex.messageKey(), ex.arguments()));
		}
		return PAGE;
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			RegisterImportReport report = registerImport.confirm(currentUsers.require(), id);
			if (!report.changed()) {
				redirect.addFlashAttribute("flash", "guidance.register.import.done");
				return "redirect:/admin/guidance/register";
			}
			show(report, model);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", texts.text(ex.messageKey(), ex.arguments()));
		}
		return PAGE;
	}

	private void show(RegisterImportReport report, Model model) {
		RegisterImportViews.ReportView view = views.view(report);
		model.addAttribute("report", view);
		model.addAttribute("shownErrors", view.errors().subList(0, Math.min(SHOWN_PROBLEMS, view.errors().size())));
		model.addAttribute("shownLimit", SHOWN_PROBLEMS);
	}
}
