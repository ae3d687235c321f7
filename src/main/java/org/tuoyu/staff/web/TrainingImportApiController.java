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
import org.tuoyu.staff.TrainingImport;
import org.tuoyu.staff.web.StaffImportViews.ReportView;

/**
 * Training records in Excel over the API: the template, checking an upload row by row and
 * confirming its valid rows. Refusals are problem details; outside the user's scope, 404.
 */
@RestController
@RequestMapping("/api/v1/staff/trainings/import")
class TrainingImportApiController {

	private final CurrentUsers currentUsers;

	private final TrainingImport trainingImport;

	private final StaffImportViews views;

	TrainingImportApiController(CurrentUsers currentUsers, TrainingImport trainingImport, StaffImportViews views) {
		this.currentUsers = currentUsers;
		this.trainingImport = trainingImport;
		this.views = views;
	}

	/** The import template (.xlsx) with one example row, which is never imported. */
	@GetMapping("/template")
	ResponseEntity<byte[]> template() {
		return StaffImportViews.xlsx(StaffImportViews.TRAINING_TEMPLATE_FILE,
				trainingImport.template(LocaleContextHolder.getLocale()));
	}

	/** Checks a filled template and keeps it for confirmation; records no training. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ReportView check(@RequestParam MultipartFile file) throws IOException {
		return views.view(trainingImport.check(currentUsers.require(), file.getBytes()), trainingImport);
	}

	/** Records the valid rows of a checked upload, or nothing (marked changed) if they changed. */
	@PostMapping("/{id}/confirm")
	ReportView confirm(@PathVariable UUID id) {
		return views.view(trainingImport.confirm(currentUsers.require(), id), trainingImport);
	}
}
