package org.tuoyu.institution.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.institution.DocumentType;
import org.tuoyu.institution.Filing;
import org.tuoyu.institution.FilingKind;
import org.tuoyu.institution.FilingManagement;
import org.tuoyu.institution.VerificationResult;
import org.tuoyu.institution.internal.FilingRows.DocumentContent;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.StoredFiles;

/**
 * JSON API of the filing workflow.
 */
@RestController
@RequestMapping("/api/v1")
class FilingApiController {

	private final CurrentUsers currentUsers;

	private final FilingManagement filings;

	FilingApiController(CurrentUsers currentUsers, FilingManagement filings) {
		this.currentUsers = currentUsers;
		this.filings = filings;
	}

	record OpenRequest(FilingKind kind, String note) {
	}

	record ReturnRequest(String reasons) {
	}

	record VerificationRequest(VerificationResult result, String note) {
	}

	/** A filing with whether its deadline has passed today. */
	record FilingView(Filing filing, boolean overdue, List<DocumentType> missingDocuments) {
	}

	record Created(UUID id) {
	}

	private FilingView view(Filing filing) {
		LocalDate today = filings.today();
		return new FilingView(filing, filing.overdueOn(today), filing.missingDocuments());
	}

	@PostMapping("/filings")
	ResponseEntity<Created> open(@RequestBody OpenRequest request) {
		return ResponseEntity.status(201).body(new Created(filings.open(currentUsers.require(), request.kind(), request.note())));
	}

	@GetMapping("/filings/{id}")
	FilingView filing(@PathVariable UUID id) {
		return view(filings.filing(currentUsers.require(), id));
	}

	@PostMapping(path = "/filings/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	FilingView attach(@PathVariable UUID id, @RequestParam DocumentType type, @RequestParam MultipartFile file)
			throws IOException {
		CurrentUser user = currentUsers.require();
		filings.attach(user, id, type, file.getOriginalFilename(), file.getBytes());
		return view(filings.filing(user, id));
	}

	@GetMapping("/filings/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		DocumentContent content = filings.document(currentUsers.require(), id, documentId);
		return StoredFiles.inline(content.content(), content.contentType(), content.fileName());
	}

	@PostMapping("/filings/{id}/submit")
	FilingView submit(@PathVariable UUID id) {
		CurrentUser user = currentUsers.require();
		filings.submit(user, id);
		return view(filings.filing(user, id));
	}

	@GetMapping("/filings/queue")
	List<FilingView> queue() {
		return filings.queue(currentUsers.require()).stream().map(this::view).toList();
	}

	@PostMapping("/filings/{id}/file")
	FilingView file(@PathVariable UUID id) {
		CurrentUser user = currentUsers.require();
		filings.file(user, id);
		return view(filings.filing(user, id));
	}

	@PostMapping("/filings/{id}/return")
	FilingView returnFiling(@PathVariable UUID id, @RequestBody ReturnRequest request) {
		CurrentUser user = currentUsers.require();
		filings.returnWithReasons(user, id, request.reasons());
		return view(filings.filing(user, id));
	}

	@PostMapping("/filings/{id}/verification")
	FilingView verify(@PathVariable UUID id, @RequestBody VerificationRequest request) {
		CurrentUser user = currentUsers.require();
		filings.recordVerification(user, id, request.result(), request.note());
		return view(filings.filing(user, id));
	}

	@GetMapping("/institutions/{id}/filings")
	List<FilingView> history(@PathVariable UUID id) {
		return filings.history(currentUsers.require(), id).stream().map(this::view).toList();
	}
}
