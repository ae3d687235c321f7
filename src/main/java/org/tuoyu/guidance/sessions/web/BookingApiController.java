package org.tuoyu.guidance.sessions.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.guidance.sessions.Booking;
import org.tuoyu.guidance.sessions.BookingManagement;
import org.tuoyu.guidance.sessions.ChildQuota;
import org.tuoyu.guidance.sessions.SessionChoice;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/** JSON API of the families' bookings; a guardian acts only for their own children (others: 404). */
@RestController
@RequestMapping("/api/v1/guidance/family")
class BookingApiController {

	private final CurrentUsers currentUsers;

	private final BookingManagement bookings;

	BookingApiController(CurrentUsers currentUsers, BookingManagement bookings) {
		this.currentUsers = currentUsers;
		this.bookings = bookings;
	}

	record NewBooking(UUID sessionId, UUID childId, String community) {
	}

	record Rating(Integer stars, String comment) {
	}

	record CheckIn(UUID sessionId, String token) {
	}

	record CheckedIn(List<String> children) {
	}

	@Operation(summary = "The guardian's children with their free sessions this year against the quota "
			+ "(quota null until a child joins the register)")
	@GetMapping("/quota")
	List<ChildQuota> quota() {
		return bookings.quotas(currentUsers.require());
	}

	@Operation(summary = "Sessions the child may book, nearest first (0 community, 1 street, 2 area), then those "
			+ "suiting its age; community (12 digits) is needed until the child joins the register")
	@GetMapping("/sessions")
	List<SessionChoice> sessions(@RequestParam UUID childId, @RequestParam(required = false) String community) {
		return bookings.choices(currentUsers.require(), childId, community);
	}

	@Operation(summary = "Book a session for one of the guardian's children: a seat, or the waitlist when full; "
			+ "community (12 digits) the first time")
	@PostMapping("/bookings")
	@ResponseStatus(HttpStatus.CREATED)
	Booking book(@RequestBody NewBooking booking) {
		return bookings.book(currentUsers.require(), booking.sessionId(), booking.childId(), booking.community());
	}

	@Operation(summary = "The bookings of the guardian's children, the latest sessions first")
	@GetMapping("/bookings")
	List<Booking> bookings() {
		return bookings.bookings(currentUsers.require());
	}

	@Operation(summary = "Cancel a booking before the session starts; the first on the waitlist moves up and is told")
	@PostMapping("/bookings/{id}/cancel")
	void cancel(@PathVariable UUID id) {
		bookings.cancel(currentUsers.require(), id);
	}

	@Operation(summary = "Rate an attended session: 1-5 stars and a comment (up to 500 characters), once")
	@PostMapping("/bookings/{id}/rating")
	void rate(@PathVariable UUID id, @RequestBody Rating rating) {
		bookings.rate(currentUsers.require(), id, rating.stars(), rating.comment());
	}

	@Operation(summary = "Check in the guardian's booked children with the token of the session's QR code")
	@PostMapping("/check-ins")
	CheckedIn checkIn(@RequestBody CheckIn checkIn) {
		if (checkIn.sessionId() == null) {
			throw new BusinessRuleException("sessionId", "guidance.sessions.field.required");
		}
		return new CheckedIn(bookings.checkIn(currentUsers.require(), checkIn.sessionId(), checkIn.token()));
	}
}
