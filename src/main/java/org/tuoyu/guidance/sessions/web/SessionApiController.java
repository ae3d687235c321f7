package org.tuoyu.guidance.sessions.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.guidance.sessions.AttendanceSource;
import org.tuoyu.guidance.sessions.GuidanceSession;
import org.tuoyu.guidance.sessions.NewHomeVisit;
import org.tuoyu.guidance.sessions.NewSession;
import org.tuoyu.guidance.sessions.RosterEntry;
import org.tuoyu.guidance.sessions.SessionManagement;
import org.tuoyu.guidance.sessions.Topic;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of sessions for providers' workers (and their own systems, with an API token) and of
 * home visits for the community.
 */
@RestController
@RequestMapping("/api/v1/guidance")
class SessionApiController {

	private final CurrentUsers currentUsers;

	private final SessionManagement sessions;

	SessionApiController(CurrentUsers currentUsers, SessionManagement sessions) {
		this.currentUsers = currentUsers;
		this.sessions = sessions;
	}

	record Attendance(UUID bookingId) {
	}

	record CheckInCode(String token, String url) {
	}

	record Cancellation(String reason) {
	}

	@Operation(summary = "The guidance curriculum: topics by age band (months) and theme")
	@GetMapping("/topics")
	List<Topic> topics() {
		return sessions.topics();
	}

	@Operation(summary = "The worker's provider's sessions, the latest first")
	@GetMapping("/sessions")
	List<GuidanceSession> sessions() {
		return sessions.sessions(currentUsers.require());
	}

	@Operation(summary = "Schedule a session under one of the provider's commissions (startsAt/endsAt in the city's "
			+ "time, e.g. 2026-12-10T09:30); inside the commission's area and period")
	@PostMapping("/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	GuidanceSession schedule(@RequestBody NewSession session) {
		UUID id = sessions.schedule(currentUsers.require(), session);
		return sessions.session(currentUsers.require(), id);
	}

	@Operation(summary = "One of the provider's sessions")
	@GetMapping("/sessions/{id}")
	GuidanceSession session(@PathVariable UUID id) {
		return sessions.session(currentUsers.require(), id);
	}

	@Operation(summary = "Who booked one of the provider's sessions (seats, then the waitlist); the read is audited")
	@GetMapping("/sessions/{id}/bookings")
	List<RosterEntry> bookings(@PathVariable UUID id) {
		return sessions.roster(currentUsers.require(), id);
	}

	@Operation(summary = "Push one attendance from the provider's own system (Authorization: Bearer <API token of a "
			+ "worker>): once per booking, from check-in opening until 7 days after the end")
	@PostMapping("/sessions/{id}/attendance")
	RosterEntry attendance(@PathVariable UUID id, @RequestBody Attendance body) {
		if (body.bookingId() == null) {
			throw new BusinessRuleException("bookingId", "guidance.sessions.field.required");
		}
		return sessions.recordAttendance(currentUsers.require(), id, body.bookingId(), AttendanceSource.API);
	}

	@Operation(summary = "Cancel one of the provider's sessions before it starts, with a reason (at most 200 "
			+ "characters): its bookings and waitlist places are cancelled and the families told why")
	@PostMapping("/sessions/{id}/cancellation")
	GuidanceSession cancel(@PathVariable UUID id, @RequestBody Cancellation body) {
		sessions.cancel(currentUsers.require(), id, body.reason());
		return sessions.session(currentUsers.require(), id);
	}

	@Operation(summary = "The session's check-in token and the address its QR code opens")
	@GetMapping("/sessions/{id}/check-in-code")
	CheckInCode checkInCode(@PathVariable UUID id) {
		String token = sessions.checkInToken(currentUsers.require(), id);
		return new CheckInCode(token, SessionController.checkInUrl(id, token));
	}

	@Operation(summary = "Plan a home visit for a child of the register (street officers, community health workers): "
			+ "a session of one seat booked for the child")
	@PostMapping("/home-visits")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> homeVisit(@RequestBody NewHomeVisit visit) {
		return Map.of("sessionId", sessions.planHomeVisit(currentUsers.require(), visit));
	}
}
