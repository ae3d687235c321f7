package org.tuoyu.messaging.announcements.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.messaging.announcements.AnnouncementAudience;
import org.tuoyu.messaging.announcements.AnnouncementManagement;
import org.tuoyu.messaging.announcements.AnnouncementSummary;
import org.tuoyu.messaging.announcements.AnnouncementTracking;
import org.tuoyu.messaging.announcements.NewAnnouncement;
import org.tuoyu.messaging.announcements.Published;
import org.tuoyu.messaging.announcements.ReceivedAnnouncement;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of announcements: institution administrators and caregivers publish and follow them,
 * guardians read and acknowledge theirs under {@code /received}. Other roles: 403; an announcement
 * out of reach: 404; bad input: a 422 problem naming the field, nothing written.
 */
@RestController
@RequestMapping("/api/v1/announcements")
class AnnouncementApiController {

	private final CurrentUsers currentUsers;

	private final AnnouncementManagement announcements;

	AnnouncementApiController(CurrentUsers currentUsers, AnnouncementManagement announcements) {
		this.currentUsers = currentUsers;
		this.announcements = announcements;
	}

	record Reminded(int guardians) {
	}

	record Unread(long unread) {
	}

	@Operation(summary = "The announcements the publisher follows, newest first, with the families read and acknowledged "
			+ "(administrators: the institution's; caregivers: their classes' and their own)")
	@GetMapping
	List<AnnouncementSummary> announcements() {
		return announcements.announcements(currentUsers.require());
	}

	@Operation(summary = "Publish an announcement: {\"audience\":\"INSTITUTION|CLASS|FAMILIES\",\"classId\",\"childIds\":[…],"
			+ "\"title\" (1-60),\"body\" (1-5000),\"acknowledgementRequired\"}; the families are the children placed there "
			+ "now, each guardian is told in the inbox. INSTITUTION is the administrator's; caregivers reach their classes")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Published publish(@RequestBody NewAnnouncement announcement) {
		return announcements.publish(currentUsers.require(), announcement);
	}

	@Operation(summary = "Whom the publisher may address: the classes they reach with their children placed now")
	@GetMapping("/audience")
	AnnouncementAudience audience() {
		return announcements.audience(currentUsers.require());
	}

	@Operation(summary = "One announcement with each family: who has read it and who acknowledged it, those still to do "
			+ "so first, and whether a reminder may go out now (the read is audited)")
	@GetMapping("/{id}")
	AnnouncementTracking tracking(@PathVariable UUID id) {
		return announcements.tracking(currentUsers.require(), id);
	}

	@Operation(summary = "Remind the guardians of the families that have not read it (or not acknowledged it, when asked) "
			+ "through their inbox; at most 3 reminders, 24 hours apart (configurable)")
	@PostMapping("/{id}/reminders")
	Reminded remind(@PathVariable UUID id) {
		return new Reminded(announcements.remind(currentUsers.require(), id));
	}

	@Operation(summary = "The guardian's announcements, unread first, then the newest")
	@GetMapping("/received")
	List<ReceivedAnnouncement> received() {
		return announcements.received(currentUsers.require());
	}

	@Operation(summary = "How many of the guardian's announcements they have not opened")
	@GetMapping("/received/unread")
	Unread unread() {
		return new Unread(announcements.unreadAnnouncements(currentUsers.require()));
	}

	@Operation(summary = "One of the guardian's announcements; opening it marks it read")
	@GetMapping("/received/{id}")
	ReceivedAnnouncement open(@PathVariable UUID id) {
		return announcements.open(currentUsers.require(), id);
	}

	@Operation(summary = "The guardian confirms for their family that they have taken note (确认已知晓), when the "
			+ "announcement asks for it; again changes nothing")
	@PostMapping("/received/{id}/acknowledgement")
	ReceivedAnnouncement acknowledge(@PathVariable UUID id) {
		return announcements.acknowledge(currentUsers.require(), id);
	}
}
