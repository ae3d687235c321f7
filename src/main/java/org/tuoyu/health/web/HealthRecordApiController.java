package org.tuoyu.health.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.tuoyu.health.Examination;
import org.tuoyu.health.ExaminationDue;
import org.tuoyu.health.ExaminationKind;
import org.tuoyu.health.HealthExaminations;
import org.tuoyu.health.HearingResult;
import org.tuoyu.health.Immunisation;
import org.tuoyu.health.ImmunisationStatus;
import org.tuoyu.health.Immunisations;
import org.tuoyu.health.NewExamination;
import org.tuoyu.health.NewImmunisation;
import org.tuoyu.health.StoredDocument;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.web.StoredFiles;

/**
 * JSON API of a child's health records: admission and periodic examinations with their schedule
 * and overdue list, and the immunisation status with its certificate. Documents are sent as
 * multipart ({@code document}, {@code certificate}) with the other fields beside them.
 */
@RestController
@RequestMapping("/api/v1/health")
class HealthRecordApiController {

	private final CurrentUsers currentUsers;

	private final HealthExaminations examinations;

	private final Immunisations immunisations;

	HealthRecordApiController(CurrentUsers currentUsers, HealthExaminations examinations, Immunisations immunisations) {
		this.currentUsers = currentUsers;
		this.examinations = examinations;
		this.immunisations = immunisations;
	}

	record Created(UUID id) {
	}

	/** An examination's fields, without the document. */
	record ExaminationRequest(UUID childId, ExaminationKind kind, LocalDate examinedOn, Boolean passed, String doctorName,
			String facility, HearingResult hearing, Integer haemoglobin, String note) {

		NewExamination with(byte[] document) {
			return new NewExamination(childId, kind, examinedOn, passed, doctorName, facility, hearing, haemoglobin, note,
					document);
		}
	}

	/** An immunisation status's fields, without the certificate. */
	record ImmunisationRequest(UUID childId, ImmunisationStatus status, String vaccines, LocalDate catchUpDue,
			LocalDate recordedOn) {

		NewImmunisation with(byte[] certificate) {
			return new NewImmunisation(childId, status, vaccines, catchUpDue, recordedOn, certificate);
		}
	}

	/** Records a periodic examination without a document (JSON). */
	@PostMapping(path = "/examinations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Created> recordExamination(@RequestBody ExaminationRequest request) {
		return ResponseEntity.status(201)
			.body(new Created(examinations.record(currentUsers.require(), request.with(null))));
	}

	/** Records an admission or periodic examination with its document (multipart: the fields and {@code document}). */
	@PostMapping(path = "/examinations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Created> recordExaminationWithDocument(ExaminationRequest request,
			@RequestParam(required = false) MultipartFile document) throws IOException {
		return ResponseEntity.status(201).body(new Created(examinations.record(currentUsers.require(),
				request.with(document == null ? null : document.getBytes()))));
	}

	/** A child's examinations, newest first. */
	@GetMapping("/examinations")
	List<Examination> examinations(@RequestParam UUID childId) {
		return examinations.ofChild(currentUsers.require(), childId);
	}

	@GetMapping("/examinations/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		StoredDocument document = examinations.document(currentUsers.require(), id);
		return StoredFiles.inline(document.content(), document.contentType(), null);
	}

	/** When each child of the institution is next due for a check, soonest first. */
	@GetMapping("/examinations/schedule")
	List<ExaminationDue> schedule() {
		return examinations.schedule(currentUsers.require());
	}

	/** The children of the institution whose check is overdue. */
	@GetMapping("/examinations/overdue")
	List<ExaminationDue> overdue() {
		return examinations.overdue(currentUsers.require());
	}

	/** Records a child's immunisation status (JSON; the certificate must be on file already). */
	@PostMapping(path = "/immunisations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> recordImmunisation(@RequestBody ImmunisationRequest request) {
		immunisations.record(currentUsers.require(), request.with(null));
		return ResponseEntity.noContent().build();
	}

	/** Records a child's immunisation status with the certificate (multipart: the fields and {@code certificate}). */
	@PostMapping(path = "/immunisations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Void> recordImmunisationWithCertificate(ImmunisationRequest request,
			@RequestParam(required = false) MultipartFile certificate) throws IOException {
		immunisations.record(currentUsers.require(), request.with(certificate == null ? null : certificate.getBytes()));
		return ResponseEntity.noContent().build();
	}

	/** The immunisation statuses recorded at the institution. */
	@GetMapping("/immunisations")
	List<Immunisation> immunisations() {
		return immunisations.ofInstitution(currentUsers.require());
	}

	/** A child's immunisation status (404 when none is recorded). */
	@GetMapping("/immunisations/{childId}")
	Immunisation immunisation(@PathVariable UUID childId) {
		return immunisations.ofChild(currentUsers.require(), childId)
			.orElseThrow(() -> new NotFoundException("immunisation"));
	}

	@GetMapping("/immunisations/{childId}/certificate")
	ResponseEntity<byte[]> certificate(@PathVariable UUID childId) {
		StoredDocument certificate = immunisations.certificate(currentUsers.require(), childId);
		return StoredFiles.inline(certificate.content(), certificate.contentType(), null);
	}
}
