package org.tuoyu.guidance.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.family.Child;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.guidance.register.RegisterChildren;
import org.tuoyu.guidance.register.RegisterStatus;
import org.tuoyu.guidance.register.RegisteredChild;
import org.tuoyu.guidance.services.GuidanceServices;
import org.tuoyu.guidance.services.ServiceKind;
import org.tuoyu.guidance.sessions.SessionRows.BookingRow;
import org.tuoyu.guidance.sessions.SessionRows.Reminder;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;

/**
 * Guidance sessions as families use them: the sessions a child may book (under commissions whose
 * area covers the child's home), nearest and best suited first; a booking takes a seat or, when the
 * session is full, a place on the waitlist (bookings of one session take turns on its row, so it is
 * never overbooked); cancelling gives the seat to the first on the waitlist, who is told; guardians
 * are reminded the day before, check in with the session's QR code and rate what they attended.
 * Guardians act only for their own children: another family's child is not found.
 */
@Service
public class BookingManagement {

	private final SessionRows sessions;

	private final SessionManagement sessionManagement;

	private final RegisterChildren register;

	private final GuidanceServices services;

	private final FamilyManagement family;

	private final Inbox inbox;

	private final AuditLog audit;

	private final Clock clock;

	BookingManagement(SessionRows sessions, SessionManagement sessionManagement, RegisterChildren register,
			GuidanceServices services, FamilyManagement family, Inbox inbox, AuditLog audit, Clock clock) {
		this.sessions = sessions;
		this.sessionManagement = sessionManagement;
		this.register = register;
		this.services = services;
		this.family = family;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** The guardian's children with their free sessions this year (none until a child joins the register). */
	@Transactional
	public List<ChildQuota> quotas(CurrentUser user) {
		GuidanceActions.requireGuardian(user);
		return family.children(user)
			.stream()
			.map(child -> new ChildQuota(child.id(), child.name(),
					register.ofFamilyChild(child.id()).map(r -> services.quotaThisYear(r.id())).orElse(null)))
			.toList();
	}

	/**
	 * The guardian's child's home in the register (its community, or street), if the child has
	 * joined it.
	 */
	@Transactional
	public Optional<String> home(CurrentUser user, UUID familyChildId) {
		GuidanceActions.requireGuardian(user);
		own(user, familyChildId);
		return register.ofFamilyChild(familyChildId).map(BookingPolicy::home);
	}

	/**
	 * The sessions the guardian's child may book: under commissions covering its home (the
	 * register's, or {@code community} before the child joins it), nearest first, then those whose
	 * topic suits the child's age, then the soonest.
	 */
	@Transactional
	public List<SessionChoice> choices(CurrentUser user, UUID familyChildId, String community) {
		GuidanceActions.requireGuardian(user);
		Child child = own(user, familyChildId);
		Optional<RegisteredChild> registered = register.ofFamilyChild(familyChildId);
		String home = registered.map(BookingPolicy::home).orElse(community);
		if (home == null || home.isBlank()) {
			return List.of();
		}
		Map<UUID, BookingStatus> booked = registered
			.map(r -> sessions.bookingsOfFamilyChildren(List.of(familyChildId))
				.stream()
				.filter(b -> b.status() != BookingStatus.CANCELLED)
				.collect(Collectors.toMap(BookingRow::sessionId, BookingRow::status, (a, b) -> a)))
			.orElse(Map.of());
		return sessions.bookableFor(home.strip(), OffsetDateTime.now(clock))
			.stream()
			.map(s -> new SessionChoice(sessionManagement.named(s), BookingPolicy.nearness(s.divisionCode(), home.strip()),
					s.topic().suits(BookingPolicy.ageMonths(child.birthDate(), sessionManagement.day(s))),
					booked.get(s.id())))
			.sorted(BookingPolicy.ranking())
			.toList();
	}

	/**
	 * Books a session for one of the guardian's children: a seat while one is left, else the
	 * waitlist. The first time, the child joins the register living in {@code community}.
	 *
	 * @throws BusinessRuleException for a session already started, outside the child's area, or
	 *         booked for the child already
	 */
	@Transactional
	public Booking book(CurrentUser user, UUID sessionId, UUID familyChildId, String community) {
		GuidanceActions.requireGuardian(user);
		if (familyChildId == null) {
			throw new BusinessRuleException("childId", "guidance.sessions.field.required");
		}
		own(user, familyChildId);
		if (sessionId == null || !sessions.lockSession(sessionId)) {
			throw new NotFoundException("session");
		}
		GuidanceSession session = sessions.session(sessionId)
			.filter(s -> !s.cancelled() && s.kind() != ServiceKind.HOME_VISIT)
			.orElseThrow(() -> new NotFoundException("session"));
		if (!session.startsAt().toInstant().isAfter(clock.instant())) {
			throw new BusinessRuleException(null, "guidance.sessions.booking.started");
		}
		RegisteredChild child = register.ensureForFamilyChild(familyChildId, community, user.accountId());
		if (child.status() != RegisterStatus.ACTIVE) {
			throw new BusinessRuleException(null, "guidance.sessions.booking.notActive");
		}
		if (!BookingPolicy.home(child).startsWith(sessions.commissionArea(sessionId))) {
			throw new BusinessRuleException(null, "guidance.sessions.booking.outsideArea");
		}
		if (sessions.activeBooking(sessionId, child.id()).isPresent()) {
			throw new BusinessRuleException(null, "guidance.sessions.booking.duplicate", child.name());
		}
		BookingStatus status = BookingPolicy.place(sessions.booked(sessionId), session.capacity());
		UUID id = UuidV7.next();
		sessions.insertBooking(id, sessionId, child.id(), status, user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("GUIDANCE_BOOKING_" + status.name(), "guidance_child", child.id())
			.in(DivisionCode.of(child.divisionCode()))
			.withDetails(sessionId.toString()));
		return booking(sessions.booking(id).orElseThrow());
	}

	/** The bookings of the guardian's children, the latest sessions first. */
	@Transactional
	public List<Booking> bookings(CurrentUser user) {
		GuidanceActions.requireGuardian(user);
		List<UUID> children = family.children(user).stream().map(Child::id).toList();
		if (children.isEmpty()) {
			return List.of();
		}
		return sessions.bookingsOfFamilyChildren(children).stream().map(this::booking).toList();
	}

	/**
	 * Cancels a booking of one of the guardian's children before the session starts; a freed seat
	 * goes to the first on the waitlist, whose guardians are told.
	 */
	@Transactional
	public void cancel(CurrentUser user, UUID bookingId) {
		BookingRow found = ownBooking(user, bookingId);
		sessions.lockSession(found.sessionId());
		BookingRow booking = sessions.booking(bookingId).orElseThrow();
		GuidanceSession session = sessions.session(booking.sessionId()).orElseThrow();
		if (booking.status() == BookingStatus.CANCELLED) {
			throw new BusinessRuleException(null, "guidance.sessions.cancel.already");
		}
		if (!session.startsAt().toInstant().isAfter(clock.instant())) {
			throw new BusinessRuleException(null, "guidance.sessions.cancel.started");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		sessions.cancel(bookingId, now);
		audit.record(AuditEntry.of("GUIDANCE_BOOKING_CANCELLED", "guidance_child", booking.childId())
			.withDetails(session.id().toString()));
		if (booking.status() == BookingStatus.BOOKED) {
			sessions.firstWaitlisted(session.id()).ifPresent(next -> {
				sessions.promote(next.id(), now);
				audit.record(AuditEntry.of("GUIDANCE_BOOKING_PROMOTED", "guidance_child", next.childId())
					.withDetails(session.id().toString()));
				tell(next.familyChildId(), "guidance.sessions.notification.promoted", next.childName(), session);
			});
		}
	}

	/** Rates an attended session of one of the guardian's children: 1–5 stars and a comment, once. */
	@Transactional
	public void rate(CurrentUser user, UUID bookingId, Integer stars, String comment) {
		BookingRow booking = ownBooking(user, bookingId);
		if (booking.attendedAt() == null) {
			throw new BusinessRuleException(null, "guidance.sessions.rating.notAttended");
		}
		if (booking.rating() != null) {
			throw new BusinessRuleException(null, "guidance.sessions.rating.already");
		}
		if (stars == null || stars < 1 || stars > 5) {
			throw new BusinessRuleException("stars", "guidance.sessions.rating.stars");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 500) {
			throw new BusinessRuleException("comment", "guidance.sessions.field.length", 0, 500);
		}
		sessions.rate(bookingId, stars, text, OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("GUIDANCE_SESSION_RATED", "guidance_child", booking.childId())
			.withDetails(stars + " " + booking.sessionId()));
	}

	/**
	 * What the session's QR code would check in for the guardian, without writing anything.
	 *
	 * @throws BusinessRuleException with the specific reason: a garbled code, another session's,
	 *         an expired one, check-in not yet open, no booking of the guardian's children, or
	 *         every one of them checked in already
	 */
	@Transactional
	public CheckInPreview previewCheckIn(CurrentUser user, UUID sessionId, String token) {
		GuidanceSession session = checkable(user, sessionId, token);
		return new CheckInPreview(sessionManagement.named(session),
				due(user, session).stream().map(BookingRow::childName).toList());
	}

	/**
	 * Checks in the guardian's children booked for the session with the session's QR code; each
	 * attendance counts once as a guidance service.
	 *
	 * @return the names of the children checked in
	 */
	@Transactional
	public List<String> checkIn(CurrentUser user, UUID sessionId, String token) {
		checkable(user, sessionId, token);
		sessions.lockSession(sessionId);
		GuidanceSession session = sessions.session(sessionId).orElseThrow(() -> new NotFoundException("session"));
		List<String> names = new ArrayList<>();
		for (BookingRow booking : due(user, session)) {
			sessionManagement.attend(session, booking, AttendanceSource.QR_CODE, user.accountId());
			names.add(booking.childName());
		}
		if (names.isEmpty()) {
			throw new BusinessRuleException(null, "guidance.sessions.checkIn.twice");
		}
		return names;
	}

	/**
	 * Reminds the guardians of every seat in tomorrow's sessions, once per booking (daily, by
	 * default at 18:00 in the city).
	 *
	 * @return the bookings reminded
	 */
	@Scheduled(cron = "${tuoyu.guidance.sessions.reminder-cron:0 0 18 * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public int sendReminders() {
		LocalDate today = LocalDate.now(clock);
		OffsetDateTime from = today.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
		OffsetDateTime to = today.plusDays(2).atStartOfDay(clock.getZone()).toOffsetDateTime();
		List<Reminder> reminders = sessions.claimReminders(from, to, today);
		for (Reminder reminder : reminders) {
			if (reminder.familyChildId() != null) {
				String when = CityTimes.format(reminder.startsAt(), clock);
				family.guardianAccounts(reminder.familyChildId())
					.forEach(account -> inbox.send(account, "guidance.sessions.notification.reminder",
							"/family/guidance/bookings", reminder.childName(), when, reminder.where()));
			}
		}
		return reminders.size();
	}

	private GuidanceSession checkable(CurrentUser user, UUID sessionId, String token) {
		GuidanceActions.requireGuardian(user);
		sessionManagement.tokens().verify(token, sessionId, clock.instant());
		GuidanceSession session = sessions.session(sessionId)
			.filter(s -> !s.cancelled())
			.orElseThrow(() -> new NotFoundException("session"));
		if (clock.instant().isBefore(sessionManagement.opens(session))) {
			throw new BusinessRuleException(null, "guidance.sessions.checkIn.notYet");
		}
		List<BookingRow> booked = booked(user, session);
		if (booked.isEmpty()) {
			throw new BusinessRuleException(null, "guidance.sessions.checkIn.noBooking");
		}
		if (booked.stream().allMatch(b -> b.attendedAt() != null)) {
			throw new BusinessRuleException(null, "guidance.sessions.checkIn.twice");
		}
		return session;
	}

	/** The guardian's children holding a seat in the session. */
	private List<BookingRow> booked(CurrentUser user, GuidanceSession session) {
		List<UUID> children = family.children(user).stream().map(Child::id).toList();
		if (children.isEmpty()) {
			return List.of();
		}
		return sessions.bookingsOfFamilyChildren(children)
			.stream()
			.filter(b -> b.sessionId().equals(session.id()) && b.status() == BookingStatus.BOOKED)
			.toList();
	}

	private List<BookingRow> due(CurrentUser user, GuidanceSession session) {
		return booked(user, session).stream().filter(b -> b.attendedAt() == null).toList();
	}

	private void tell(UUID familyChildId, String key, String childName, GuidanceSession session) {
		if (familyChildId == null) {
			return;
		}
		String when = CityTimes.format(session.startsAt(), clock);
		String where = session.place() != null ? session.place() : Optional.ofNullable(session.onlineUrl()).orElse("");
		family.guardianAccounts(familyChildId)
			.forEach(account -> inbox.send(account, key, "/family/guidance/bookings", childName, when, where));
	}

	private Booking booking(BookingRow row) {
		GuidanceSession session = sessionManagement.named(sessions.session(row.sessionId()).orElseThrow());
		return new Booking(row.id(), session, row.familyChildId(), row.childName(), row.status(), row.position(),
				row.attendedAt(), row.rating(), row.ratingComment());
	}

	/** One of the guardian's children, or not found; the family module audits the read. */
	private Child own(CurrentUser user, UUID familyChildId) {
		return family.child(user, familyChildId);
	}

	/** A booking of one of the guardian's children, or not found. */
	private BookingRow ownBooking(CurrentUser user, UUID bookingId) {
		GuidanceActions.requireGuardian(user);
		BookingRow booking = sessions.booking(bookingId).orElseThrow(() -> new NotFoundException("booking"));
		if (booking.familyChildId() == null) {
			throw new NotFoundException("booking");
		}
		own(user, booking.familyChildId());
		return booking;
	}
}
