package org.tuoyu.supervision.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.StoredFiles;
import org.tuoyu.supervision.InspectionConflictException;
import org.tuoyu.supervision.PhotoContent;
import org.tuoyu.supervision.RectificationManagement;
import org.tuoyu.supervision.RectificationOrder;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of rectification orders: officers under {@code /api/v1/supervision/rectifications}
 * decide them, the institution under {@code /api/v1/org/rectifications} answers them.
 */
@RestController
class RectificationApiController {

	private final CurrentUsers currentUsers;

	private final RectificationManagement rectifications;

	private final InspectionConflicts conflicts;

	RectificationApiController(CurrentUsers currentUsers, RectificationManagement rectifications,
			InspectionConflicts conflicts) {
		this.currentUsers = currentUsers;
		this.rectifications = rectifications;
		this.conflicts = conflicts;
	}

	record Created(UUID id) {
	}

	record Answer(String answer) {
	}

	record Decision(String comment) {
	}

	@Operation(summary = "Rectification orders in the user's scope, unsettled first by deadline; mine=true only of the "
			+ "officer's own inspections")
	@GetMapping({ "/api/v1/supervision/rectifications", "/api/v1/org/rectifications" })
	List<RectificationOrder> orders(@RequestParam(defaultValue = "false") boolean mine) {
		return rectifications.orders(currentUsers.require(), mine);
	}

	@Operation(summary = "One rectification order")
	@GetMapping({ "/api/v1/supervision/rectifications/{id}", "/api/v1/org/rectifications/{id}" })
	RectificationOrder order(@PathVariable UUID id) {
		return rectifications.order(currentUsers.require(), id);
	}

	@Operation(summary = "An evidence photo of a rectification answer")
	@GetMapping({ "/api/v1/supervision/rectifications/{id}/photos/{photoId}",
			"/api/v1/org/rectifications/{id}/photos/{photoId}" })
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		PhotoContent photo = rectifications.photo(currentUsers.require(), id, photoId);
		return StoredFiles.inline(photo.content(), photo.contentType(), null);
	}

	@Operation(summary = "The institution's administrator adds an evidence photo (JPEG or PNG, multipart field 'photo') "
			+ "to an open order")
	@PostMapping(path = "/api/v1/org/rectifications/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Created> addPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile photo)
			throws IOException {
		UUID photoId = rectifications.addPhoto(currentUsers.require(), id, photo == null ? null : photo.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(photoId));
	}

	@Operation(summary = "The institution's administrator answers an open order")
	@PostMapping("/api/v1/org/rectifications/{id}/answer")
	ResponseEntity<Void> answer(@PathVariable UUID id, @RequestBody Answer answer) {
		rectifications.answer(currentUsers.require(), id, answer.answer());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Accept an answered order and close it")
	@PostMapping("/api/v1/supervision/rectifications/{id}/acceptance")
	ResponseEntity<Void> accept(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
		rectifications.accept(currentUsers.require(), id, decision == null ? null : decision.comment());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Return an answered order to the institution with a comment")
	@PostMapping("/api/v1/supervision/rectifications/{id}/return")
	ResponseEntity<Void> sendBack(@PathVariable UUID id, @RequestBody Decision decision) {
		rectifications.sendBack(currentUsers.require(), id, decision.comment());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Escalate an unsettled order with a comment (not rectified, or not in time)")
	@PostMapping("/api/v1/supervision/rectifications/{id}/escalation")
	ResponseEntity<Void> escalate(@PathVariable UUID id, @RequestBody Decision decision) {
		rectifications.escalate(currentUsers.require(), id, decision.comment());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InspectionConflictException.class)
	ProblemDetail conflict(InspectionConflictException ex) {
		return conflicts.problem(ex);
	}
}
