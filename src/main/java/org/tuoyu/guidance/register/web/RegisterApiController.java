package org.tuoyu.guidance.register.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.guidance.register.GuardianCorrection;
import org.tuoyu.guidance.register.NewRegisterChild;
import org.tuoyu.guidance.register.RegisterEntry;
import org.tuoyu.guidance.register.RegisterExit;
import org.tuoyu.guidance.register.RegisterFilter;
import org.tuoyu.guidance.register.RegisterImport;
import org.tuoyu.guidance.register.RegisterManagement;
import org.tuoyu.guidance.register.RegisterPage;
import org.tuoyu.guidance.register.RegisterStatus;
import org.tuoyu.guidance.register.web.RegisterImportViews.ReportView;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.XlsxTables;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * JSON API of the register of children 0–3: officers' lists and entries of their area, entry by
 * hand, exits and the two-step import; guardians' own entries and their corrections. Broken rules
 * are 422 problem details with the field; anything outside the user's area is 404.
 */
@RestController
@RequestMapping("/api/v1/guidance/register")
@Tag(name = "Guidance register", description = "The register of children 0–3 of an area (辖区婴幼儿底册)")
class RegisterApiController {

	private final CurrentUsers currentUsers;

	private final RegisterManagement register;

	private final RegisterImport registerImport;

	private final RegisterImportViews views;

	private final RegisterSpreadsheet spreadsheet;

	RegisterApiController(CurrentUsers currentUsers, RegisterManagement register, RegisterImport registerImport,
			RegisterImportViews views,
			RegisterSpreadsheet spreadsheet) {
		this.currentUsers = currentUsers;
		this.register = register;
		this.registerImport = registerImport;
		this.views = views;
		this.spreadsheet = spreadsheet;
	}

	@Operation(summary = "The register of a division inside the user's area (default: all of it): figures, figures "
			+ "of the divisions below and a page of children matching a name and status, masked; the read is audited")
	@GetMapping
	RegisterPage list(@RequestParam(required = false) String area, @RequestParam(required = false) String name,
			@RequestParam(required = false) RegisterStatus status, @RequestParam(required = false) Integer page) {
		return register.list(currentUsers.require(), new RegisterFilter(area, name, status, page));
	}

	@Operation(summary = "Every child of a division inside the user's area matching a name and status (all pages), "
			+ "masked, as an .xlsx spreadsheet; the read is audited")
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String area,
			@RequestParam(required = false) String name, @RequestParam(required = false) RegisterStatus status) {
		return spreadsheet.download(currentUsers.require(), new RegisterFilter(area, name, status, null));
	}

	@Operation(summary = "One child of the user's area, masked; the read is audited")
	@GetMapping("/{id}")
	RegisterEntry entry(@PathVariable UUID id) {
		return register.entry(currentUsers.require(), id);
	}

	@Operation(summary = "Enter a child by hand with the import's rules (origin optional); links it to the family's "
			+ "child with the same resident ID; 422 when a rule is broken or the child is already in the register")
	@PostMapping
	ResponseEntity<RegisterEntry> enter(@RequestBody NewRegisterChild child) {
		CurrentUser user = currentUsers.require();
		return ResponseEntity.status(201).body(register.entry(user, register.enter(user, child)));
	}

	@Operation(summary = "Take an active child out of the register: MOVED_AWAY, DECEASED or DUPLICATE, with a reason "
			+ "and the date")
	@PostMapping("/{id}/exit")
	RegisterEntry leave(@PathVariable UUID id, @RequestBody RegisterExit exit) {
		CurrentUser user = currentUsers.require();
		register.leave(user, id, exit);
		return register.entry(user, id);
	}

	@Operation(summary = "Put a child taken out (MOVED_AWAY, DECEASED, DUPLICATE) back in the register: a mistaken "
			+ "exit or a family that moved back; a child who has reached the register's age stays out")
	@PostMapping("/{id}/reinstatement")
	RegisterEntry reinstate(@PathVariable UUID id) {
		CurrentUser user = currentUsers.require();
		register.reinstate(user, id);
		return register.entry(user, id);
	}

	@Operation(summary = "The import template (.xlsx) with one example row, which is never imported")
	@GetMapping("/import/template")
	ResponseEntity<byte[]> template() {
		return RegisterImportViews.download("register-template.xlsx", XlsxTables.XLSX,
				registerImport.template(LocaleContextHolder.getLocale()));
	}

	@Operation(summary = "The import template as UTF-8 CSV with a byte-order mark")
	@GetMapping("/import/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return RegisterImportViews.download("register-template.csv", RegisterImportViews.CSV,
				registerImport.csvTemplate(LocaleContextHolder.getLocale()));
	}

	@Operation(summary = "Check an upload (.xlsx or UTF-8 CSV) row by row and keep it for confirmation; writes no child")
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ReportView check(@RequestParam MultipartFile file) throws IOException {
		return views.view(registerImport.check(currentUsers.require(), file.getOriginalFilename(), file.getBytes()));
	}

	@Operation(summary = "Write the valid rows of the user's checked upload in one transaction, or nothing "
			+ "(changed: true) when they are no longer those of the check")
	@PostMapping("/import/{id}/confirm")
	ReportView confirm(@PathVariable UUID id) {
		return views.view(registerImport.confirm(currentUsers.require(), id));
	}

	@Operation(summary = "A guardian's children in the register, masked; the read is audited")
	@GetMapping("/family")
	List<RegisterEntry> familyEntries() {
		return register.familyEntries(currentUsers.require());
	}

	@Operation(summary = "A guardian corrects a child's community (within the city) and the guardian contact; "
			+ "a blank phone keeps the one on record")
	@PutMapping("/family/{id}")
	RegisterEntry correct(@PathVariable UUID id, @RequestBody GuardianCorrection correction) {
		CurrentUser user = currentUsers.require();
		register.correct(user, id, correction);
		return register.familyEntry(user, id);
	}
}
