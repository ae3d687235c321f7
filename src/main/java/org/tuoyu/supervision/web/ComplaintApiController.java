package org.tuoyu.supervision.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.StoredFiles;
import org.tuoyu.supervision.Complaint;
import org.tuoyu.supervision.ComplaintCategory;
import org.tuoyu.supervision.ComplaintDetail;
import org.tuoyu.supervision.ComplaintFilter;
import org.tuoyu.supervision.ComplaintManagement;
import org.tuoyu.supervision.ComplaintPhoto;
import org.tuoyu.supervision.ComplaintStatus;

import io.swagger.v3.oas.annotations.Operation;

/** JSON API of the district's complaint handling; everything is limited to the officer's area. */
@RestController
@RequestMapping("/api/v1/supervision/complaints")
class ComplaintApiController {

	private final CurrentUsers currentUsers;

	private final ComplaintManagement complaints;

	ComplaintApiController(CurrentUsers currentUsers, ComplaintManagement complaints) {
		this.currentUsers = currentUsers;
		this.complaints = complaints;
	}

	record Investigation(String internalNote) {
	}

	record Decision(Boolean upheld, String publicReply, String internalNote) {
	}

	@Operation(summary = "Complaints about institutions in the officer's area, open and due first; optional filters")
	@GetMapping
	List<Complaint> queue(@RequestParam(required = false) ComplaintStatus status,
			@RequestParam(required = false) ComplaintCategory category,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) UUID institutionId) {
		return complaints.queue(currentUsers.require(), new ComplaintFilter(status, category, overdue, institutionId));
	}

	@Operation(summary = "One complaint with the complainant's data (phone masked) and photo ids; the read is audited")
	@GetMapping("/{id}")
	ComplaintDetail detail(@PathVariable UUID id) {
		return complaints.detail(currentUsers.require(), id);
	}

	@Operation(summary = "One photo of a complaint (JPEG or PNG); the read is audited")
	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		ComplaintPhoto photo = complaints.photo(currentUsers.require(), id, photoId);
		return StoredFiles.inline(photo.content(), photo.contentType(), null);
	}

	@Operation(summary = "Start investigating a received complaint, with an optional internal note")
	@PostMapping("/{id}/investigation")
	ComplaintDetail investigate(@PathVariable UUID id, @RequestBody Investigation body) {
		complaints.investigate(currentUsers.require(), id, body.internalNote());
		return complaints.detail(currentUsers.require(), id);
	}

	@Operation(summary = "Decide a complaint under investigation: upheld or not, with the public reply (required); "
			+ "district or city administrators only; upholding publishes ComplaintUpheld")
	@PostMapping("/{id}/decision")
	ComplaintDetail decide(@PathVariable UUID id, @RequestBody Decision body) {
		if (body.upheld() == null) {
			throw new BusinessRuleException("upheld", "supervision.complaint.decision.required");
		}
		complaints.decide(currentUsers.require(), id, body.upheld(), body.publicReply(), body.internalNote());
		return complaints.detail(currentUsers.require(), id);
	}
}
