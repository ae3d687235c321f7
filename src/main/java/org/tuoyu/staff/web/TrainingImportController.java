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
import org.tuoyu.staff.TrainingImport;

/** The training import page: template, upload and check, confirmation of the valid rows. */
@Controller
@RequestMapping("/org/staff/trainings/import")
class TrainingImportController {

	private final TrainingImport trainingImport;

	private final StaffImportViews views;

	TrainingImportController(TrainingImport trainingImport, StaffImportViews views) {
		this.trainingImport = trainingImport;
		this.views = views;
	}

	@GetMapping
	String page(Model model) {
		return views.page(trainingImport, StaffImportViews.TRAININGS, model);
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		return StaffImportViews.xlsx(StaffImportViews.TRAINING_TEMPLATE_FILE,
				trainingImport.template(LocaleContextHolder.getLocale()));
	}

	@PostMapping
	String check(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		return views.check(trainingImport, StaffImportViews.TRAININGS, file, model);
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return views.confirm(trainingImport, StaffImportViews.TRAININGS, id, model, redirect);
	}
}
