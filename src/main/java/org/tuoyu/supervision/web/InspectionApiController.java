package org.tuoyu.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.StoredFiles;
import org.tuoyu.supervision.ChecklistResult;
import org.tuoyu.supervision.FindingSeverity;
import org.tuoyu.supervision.InspectionConflictException;
import org.tuoyu.supervision.InspectionDetail;
import org.tuoyu.supervision.InspectionManagement;
import org.tuoyu.supervision.InspectionOutcome;
import org.tuoyu.supervision.InspectionStatus;
import org.tuoyu.supervision.InspectionSummary;
import org.tuoyu.supervision.NewInspection;
import org.tuoyu.supervision.PhotoContent;

import io.swagger.v3.oas.annotations.Operation;

/** JSON API of inspections for officers: scheduling, recording, concluding, publishing. */
@RestController
@RequestMapping("/api/v1/supervision/inspections")
class InspectionApiController {

	private final CurrentUsers currentUsers;

	private final InspectionManagement inspections;

	private final InspectionConflicts conflicts;

	InspectionApiController(CurrentUsers currentUsers, InspectionManagement inspections, InspectionConflicts conflicts) {
		this.currentUsers = currentUsers;
		this.inspections = inspections;
		this.conflicts = conflicts;
	}

	record Created(UUID id) {
	}

	record ItemResult(ChecklistResult result, String note) {
	}

	record NewFinding(String itemCode, FindingSeverity severity, String description) {
	}

	record Conclusion(InspectionOutcome outcome, String conclusion) {
	}

	record Overview(List<InspectionSummary> inspections, int overduePublications, LocalDate today) {
	}

	@Operation(summary = "Inspections in the officer's area: mine=true only the user's own; filter by status, outcome, "
			+ "unpublished concluded ones; with the count of results overdue for publication")
	@GetMapping
	Overview list(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) InspectionStatus status,
			@RequestParam(required = false) InspectionOutcome outcome,
			@RequestParam(defaultValue = "false") boolean unpublished) {
		var user = currentUsers.require();
		return new Overview(inspections.list(user, mine, status, outcome, unpublished),
				inspections.overduePublications(user), inspections.today());
	}

	@Operation(summary = "Open an ad-hoc inspection (district or city administrators), e.g. a complaint follow-up")
	@PostMapping
	ResponseEntity<Created> open(@RequestBody NewInspection request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(inspections.open(currentUsers.require(), request)));
	}

	@Operation(summary = "One inspection with its checklist snapshot, findings, rectification orders and photo ids")
	@GetMapping("/{id}")
	InspectionDetail detail(@PathVariable UUID id) {
		return inspections.detail(currentUsers.require(), id);
	}

	@Operation(summary = "Record the result (MET, NOT_MET, NOT_APPLICABLE) and note of one checklist item")
	@PutMapping("/{id}/items/{code}")
	ResponseEntity<Void> item(@PathVariable UUID id, @PathVariable String code, @RequestBody ItemResult result) {
		inspections.recordItem(currentUsers.require(), id, code, result.result(), result.note());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Upload an evidence photo (JPEG or PNG, multipart field 'photo') of a checklist item")
	@PostMapping(path = "/{id}/items/{code}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Created> photo(@PathVariable UUID id, @PathVariable String code,
			@RequestParam(required = false) MultipartFile photo) throws IOException {
		UUID photoId = inspections.addPhoto(currentUsers.require(), id, code, photo == null ? null : photo.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(photoId));
	}

	@Operation(summary = "An evidence photo of an inspection")
	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		PhotoContent photo = inspections.photo(currentUsers.require(), id, photoId);
		return StoredFiles.inline(photo.content(), photo.contentType(), null);
	}

	@Operation(summary = "Add a finding (MINOR or SERIOUS) against an item recorded as NOT_MET")
	@PostMapping("/{id}/findings")
	ResponseEntity<Created> finding(@PathVariable UUID id, @RequestBody NewFinding finding) {
		UUID findingId = inspections.addFinding(currentUsers.require(), id, finding.itemCode(), finding.severity(),
				finding.description());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(findingId));
	}

	@Operation(summary = "Remove a finding of a scheduled inspection")
	@DeleteMapping("/{id}/findings/{findingId}")
	ResponseEntity<Void> removeFinding(@PathVariable UUID id, @PathVariable UUID findingId) {
		inspections.removeFinding(currentUsers.require(), id, findingId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Conclude with an overall result consistent with the findings; issues rectification orders. "
			+ "409 when already concluded")
	@PostMapping("/{id}/conclusion")
	ResponseEntity<Void> conclude(@PathVariable UUID id, @RequestBody Conclusion conclusion) {
		inspections.conclude(currentUsers.require(), id, conclusion.outcome(), conclusion.conclusion());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Publish a concluded result on the public list and the institution's page "
			+ "(district or city administrators); 409 when already published")
	@PostMapping("/{id}/publication")
	ResponseEntity<Void> publish(@PathVariable UUID id) {
		inspections.publish(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InspectionConflictException.class)
	ProblemDetail conflict(InspectionConflictException ex) {
		return conflicts.problem(ex);
	}
}
