package org.tuoyu.messaging.conversations.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.messaging.conversations.Conversation;
import org.tuoyu.messaging.conversations.ConversationDetail;
import org.tuoyu.messaging.conversations.ConversationManagement;
import org.tuoyu.messaging.conversations.ConversationSettings;
import org.tuoyu.messaging.conversations.OfficeHours;
import org.tuoyu.messaging.conversations.OfficeHoursManagement;
import org.tuoyu.messaging.conversations.Sent;
import org.tuoyu.messaging.conversations.Startable;
import org.tuoyu.messaging.conversations.Started;
import org.tuoyu.messaging.conversations.StoredPhoto;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.ProblemTypes;
import org.tuoyu.platform.web.Texts;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of conversations, for guardians, institution administrators and caregivers (other roles:
 * 403; a thread outside the user's scope: 404). Bad input answers a problem naming the field, with
 * nothing written.
 */
@RestController
@RequestMapping("/api/v1/messages")
class ConversationApiController {

	private final CurrentUsers currentUsers;

	private final ConversationManagement conversations;

	private final OfficeHoursManagement officeHours;

	private final ConversationSettings settings;

	private final Texts texts;

	ConversationApiController(CurrentUsers currentUsers, ConversationManagement conversations,
			OfficeHoursManagement officeHours, ConversationSettings settings, Texts texts) {
		this.currentUsers = currentUsers;
		this.conversations = conversations;
		this.officeHours = officeHours;
		this.settings = settings;
		this.texts = texts;
	}

	record NewThread(UUID childId, UUID guardianAccountId) {
	}

	record NewMessage(String text) {
	}

	@Operation(summary = "The user's conversation threads, the latest first, each with the user's unread count")
	@GetMapping("/threads")
	List<Conversation> threads() {
		return conversations.conversations(currentUsers.require());
	}

	@Operation(summary = "Start (or find) a thread: {\"childId\"} for a child placed now, or {\"guardianAccountId\"} "
			+ "(administrators) for a guardian of a child of the institution; 201 when created, 200 when it existed")
	@PostMapping("/threads")
	ResponseEntity<Started> start(@RequestBody NewThread thread) {
		CurrentUser user = currentUsers.require();
		Started started = thread.guardianAccountId() != null ? conversations.startForGuardian(user, thread.guardianAccountId())
				: conversations.startForChild(user, thread.childId());
		return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started);
	}

	@Operation(summary = "Whom the user may start a thread with: children placed now and (administrators) their guardians")
	@GetMapping("/startable")
	Startable startable() {
		return conversations.startable(currentUsers.require());
	}

	@Operation(summary = "A thread with a page of its messages, oldest first and newest last: the newest `size` "
			+ "(default 50, at most 200) or those before the position `before`; `earlierBefore` pages back")
	@GetMapping("/threads/{id}")
	ConversationDetail thread(@PathVariable UUID id, @RequestParam(required = false) Long before,
			@RequestParam(required = false) Integer size) {
		return conversations.conversation(currentUsers.require(), id, before, size);
	}

	@Operation(summary = "Send a text message {\"text\"} (1-2000 characters once trimmed); a guardian's message outside "
			+ "office hours answers `expectedAnswerFrom`, the next opening")
	@PostMapping(path = "/threads/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Sent send(@PathVariable UUID id, @RequestBody NewMessage message) {
		return conversations.send(currentUsers.require(), id, message.text(), List.of());
	}

	@Operation(summary = "Send a message with photos: multipart `text` (optional with photos) and `photos` "
			+ "(JPEG or PNG, recognised from the content, each at most 10 MB, at most 4)")
	@PostMapping(path = "/threads/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Sent sendWithPhotos(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestPart(required = false) List<MultipartFile> photos) {
		return conversations.send(currentUsers.require(), id, text, PhotoUploads.of(photos));
	}

	@Operation(summary = "Withdraw one's own message within 2 minutes of sending; it stays as \"message withdrawn\"")
	@PostMapping("/threads/{id}/messages/{messageId}/withdrawal")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID messageId) {
		conversations.withdraw(currentUsers.require(), id, messageId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Mark the thread read up to its latest message (the read receipt the other side sees)")
	@PostMapping("/threads/{id}/read")
	ResponseEntity<Void> read(@PathVariable UUID id) {
		conversations.markRead(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "A photo of a message, for the thread's participants only (private cache)")
	@GetMapping("/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID photoId) {
		StoredPhoto photo = conversations.photo(currentUsers.require(), photoId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.content());
	}

	@Operation(summary = "The office hours of the staff member's institution (default Monday-Friday 08:00-17:30)")
	@GetMapping("/office-hours")
	OfficeHours officeHours() {
		return officeHours.officeHours(currentUsers.require());
	}

	@Operation(summary = "Set the institution's office hours (administrators): {\"days\":[\"MONDAY\",…],\"opens\":\"08:00\","
			+ "\"closes\":\"17:30\"}")
	@PutMapping("/office-hours")
	OfficeHours changeOfficeHours(@RequestBody OfficeHours hours) {
		return officeHours.change(currentUsers.require(), hours);
	}

	/** A request larger than the server's multipart limit: the photo limit, named. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				texts.text("messaging.conversations.photo.tooLarge", "", settings.maxPhotoSize().toMegabytes()));
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle(texts.text("problem.validation.title"));
		return problem;
	}
}
