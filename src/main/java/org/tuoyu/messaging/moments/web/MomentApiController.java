package org.tuoyu.messaging.moments.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.messaging.moments.Moment;
import org.tuoyu.messaging.moments.MomentCount;
import org.tuoyu.messaging.moments.MomentFeed;
import org.tuoyu.messaging.moments.MomentManagement;
import org.tuoyu.messaging.moments.Taggable;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of the moments (成长瞬间): the institution's staff post photos and notes tagged with children
 * who have photo consent; staff and guardians read the moments they see, with the photos and thumbnails.
 * A child, moment or photo out of reach answers 404, a role that never has the action 403, bad input 422.
 */
@RestController
@RequestMapping("/api/v1/moments")
class MomentApiController {

	private final CurrentUsers currentUsers;

	private final MomentManagement moments;

	MomentApiController(CurrentUsers currentUsers, MomentManagement moments) {
		this.currentUsers = currentUsers;
		this.moments = moments;
	}

	/** A note-only moment as JSON. */
	record NewMoment(List<UUID> childIds, String note) {
	}

	@Operation(summary = "The moments the signed-in user sees, newest first (20 a page): staff their institution's "
			+ "(caregivers those of their classes' children), guardians their children's; `childId` one child's only, "
			+ "`before` the page after `nextBefore`. Tagged children are those whose photo consent is in force")
	@GetMapping
	MomentFeed feed(@RequestParam(required = false) UUID childId, @RequestParam(required = false) UUID before) {
		return moments.feed(currentUsers.require(), childId, before);
	}

	@Operation(summary = "The classes the member of staff posts for, with their children placed now and whether "
			+ "each has photo consent (only those may be tagged)")
	@GetMapping("/taggable")
	Taggable taggable() {
		return moments.taggable(currentUsers.require());
	}

	@Operation(summary = "Post a moment: multipart `childIds` (one or more, each with photo consent, in a class the "
			+ "user reaches), `note` (at most 500 characters) and `photos` (JPEG or PNG recognised from the content, "
			+ "each at most 10 MB, at most 9; EXIF and other metadata are removed, thumbnails made; HEIC is refused). "
			+ "Photos or a note, not neither; anything refused writes nothing")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Moment post(@RequestParam(required = false) List<UUID> childIds, @RequestParam(required = false) String note,
			@RequestPart(required = false) List<MultipartFile> photos) {
		return moments.post(currentUsers.require(), childIds, note, MomentUploads.of(photos));
	}

	@Operation(summary = "Post a moment without photos: {\"childIds\":[…],\"note\":\"…\"}")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Moment postNote(@RequestBody NewMoment moment) {
		return moments.post(currentUsers.require(), moment.childIds(), moment.note(), List.of());
	}

	@Operation(summary = "One moment the user sees")
	@GetMapping("/{id}")
	Moment moment(@PathVariable UUID id) {
		return moments.moment(currentUsers.require(), id);
	}

	@Operation(summary = "Withdraw a moment (its author or the institution administrator); nobody sees it afterwards")
	@PostMapping("/{id}/withdrawal")
	ResponseEntity<Void> withdraw(@PathVariable UUID id) {
		moments.withdraw(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "A photo at full size, without its metadata, for whoever sees its moment (the staff and the "
			+ "guardians of a tagged child with photo consent); `download` saves it as a file")
	@GetMapping("/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID photoId, @RequestParam(required = false) String download) {
		return PhotoResponses.of(moments.photo(currentUsers.require(), photoId), download != null);
	}

	@Operation(summary = "A photo's thumbnail (JPEG, at most 640 pixels on its longer side), for whoever sees its moment")
	@GetMapping("/photos/{photoId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable UUID photoId) {
		return PhotoResponses.of(moments.thumbnail(currentUsers.require(), photoId), false);
	}

	@Operation(summary = "How many moments (and photos) a child is in, as the user sees them: the child's guardians, "
			+ "staff who reach the child; none while the child's photo consent is withdrawn")
	@GetMapping("/children/{childId}/count")
	MomentCount count(@PathVariable UUID childId) {
		return moments.count(currentUsers.require(), childId);
	}
}
