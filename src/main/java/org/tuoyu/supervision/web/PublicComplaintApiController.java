package org.tuoyu.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.platform.web.ProblemTypes;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.supervision.ComplaintCategory;
import org.tuoyu.supervision.ComplaintLimitExceededException;
import org.tuoyu.supervision.ComplaintManagement;
import org.tuoyu.supervision.ComplaintReceipt;
import org.tuoyu.supervision.ComplaintTracking;
import org.tuoyu.supervision.NewComplaint;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The public complaint API (no login, no session): submit a complaint, follow it by its tracking
 * code. Each client address has a small budget of submissions and lookups per hour.
 */
@RestController
@RequestMapping("/api/v1/public/complaints")
class PublicComplaintApiController {

	private final ComplaintManagement complaints;

	private final Texts texts;

	PublicComplaintApiController(ComplaintManagement complaints, Texts texts) {
		this.complaints = complaints;
		this.texts = texts;
	}

	/** A complaint with optional photos, as multipart form fields. */
	record ComplaintUpload(UUID institutionId, ComplaintCategory category, String description, String name,
			String phone, List<MultipartFile> photos) {
	}

	/** A complaint without photos, as JSON. */
	record ComplaintBody(UUID institutionId, ComplaintCategory category, String description, String name,
			String phone) {
	}

	/** The tracking code to look up. */
	record TrackRequest(String trackingCode) {
	}

	/** The tracking code (shown this once) and the deadline of the decision. */
	record Receipt(String trackingCode, LocalDate dueOn) {

		static Receipt of(ComplaintReceipt receipt) {
			return new Receipt(receipt.trackingCode(), receipt.dueOn());
		}
	}

	@Operation(summary = "Submit a complaint about a filed institution, with up to 3 JPEG/PNG photos (multipart); "
			+ "name and phone are optional; answers the tracking code once")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Receipt submitWithPhotos(@ModelAttribute ComplaintUpload upload) {
		return Receipt.of(complaints.submit(new NewComplaint(upload.institutionId(), upload.category(),
				upload.description(), upload.name(), upload.phone(), ComplaintUploads.bytes(upload.photos()))));
	}

	@Operation(summary = "Submit a complaint without photos (JSON); answers the tracking code once")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Receipt submit(@RequestBody ComplaintBody body) {
		return Receipt.of(complaints.submit(new NewComplaint(body.institutionId(), body.category(), body.description(),
				body.name(), body.phone(), List.of())));
	}

	@Operation(summary = "The public status of a complaint by its tracking code: status, dates and the public reply")
	@PostMapping("/track")
	ComplaintTracking track(@RequestBody TrackRequest request) {
		return complaints.track(request.trackingCode());
	}

	@ExceptionHandler(ComplaintLimitExceededException.class)
	ProblemDetail tooMany(ComplaintLimitExceededException ex, HttpServletResponse response) {
		response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				texts.text("problem.tooManyRequests", ex.retryAfterSeconds()));
		problem.setType(ProblemTypes.TOO_MANY_REQUESTS);
		problem.setTitle(texts.text("problem.tooManyRequests.title"));
		return problem;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				texts.text("supervision.complaint.photos.tooLarge", complaints.settings().maxPhotoSize().toMegabytes()));
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle(texts.text("problem.validation.title"));
		return problem;
	}
}
