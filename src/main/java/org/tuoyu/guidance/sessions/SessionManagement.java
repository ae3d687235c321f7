package org.tuoyu.guidance.sessions;

import static org.tuoyu.guidance.sessions.GuidanceActions.covers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.guidance.register.RegisterChildren;
import org.tuoyu.guidance.register.RegisterStatus;
import org.tuoyu.guidance.register.RegisteredChild;
import org.tuoyu.guidance.services.GuidanceServices;
import org.tuoyu.guidance.services.ServiceKind;
import org.tuoyu.guidance.services.ServiceSource;
import org.tuoyu.guidance.sessions.ProviderRows.CommissionRow;
import org.tuoyu.guidance.sessions.SessionRows.BookingRow;
import org.tuoyu.guidance.sessions.SessionRows.Scheduled;
import org.tuoyu.guidance.sessions.SessionRows.SessionFigures;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.PersonalDataProtection;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;

/**
 * Guidance sessions as providers run them: a provider's worker schedules sessions under the
 * provider's commissions (inside the area and period, never more than commissioned), sees who
 * booked, records attendance from the list or its own system, and shows the session's QR code for
 * guardians to check in with. The community (street officers, community health workers) plans home
 * visits for single children of the register. Every attendance is recorded once in the ledger of
 * guidance services.
 */
@Service
public class SessionManagement {

	/** The purpose under which QR check-in tokens are signed. */
	static final String CHECK_IN = "guidance-check-in";

	/** How many of the latest ratings a commission's delivery shows. */
	private static final int LATEST_RATINGS = 20;

	private final SessionRows sessions;

	private final ProviderRows providers;

	private final ProviderManagement providerManagement;

	private final RegisterChildren register;

	private final GuidanceServices services;

	private final FamilyManagement family;

	private final Inbox inbox;

	private final AuditLog audit;

	private final SessionRules rules;

	private final CheckInTokenPolicy tokens;

	private final Clock clock;

	SessionManagement(SessionRows sessions, ProviderRows providers, ProviderManagement providerManagement,
			RegisterChildren register, GuidanceServices services, FamilyManagement family, Inbox inbox, AuditLog audit,
			SessionRules rules, PersonalDataProtection protection, Clock clock) {
		this.sessions = sessions;
		this.providers = providers;
		this.providerManagement = providerManagement;
		this.register = register;
		this.services = services;
		this.family = family;
		this.inbox = inbox;
		this.audit = audit;
		this.rules = rules;
		this.tokens = new CheckInTokenPolicy(payload -> protection.blindIndex(CHECK_IN, payload));
		this.clock = clock;
	}

	/** The curriculum, by age band and theme. */
	@Transactional(readOnly = true)
	public List<Topic> topics() {
		return sessions.topics();
	}

	/**
	 * Schedules a session under one of the worker's provider's commissions.
	 *
	 * @return the session's id
	 * @throws BusinessRuleException on the field at fault: a home visit or online course, a place
	 *         outside the commission's area, a time outside its period or in the past, the
	 *         commissioned sessions used up, an online session without a link…
	 */
	@Transactional
	public UUID schedule(CurrentUser user, NewSession session) {
		GuidanceActions.requireProviderWorker(user);
		if (session.commissionId() == null) {
			throw new BusinessRuleException("commissionId", "guidance.sessions.field.required");
		}
		CommissionRow commission = providers.commission(session.commissionId())
			.filter(c -> c.providerId().equals(user.scope().providerId()))
			.orElseThrow(() -> new BusinessRuleException("commissionId", "guidance.sessions.session.commission.unknown"));
		ServiceKind kind = session.kind();
		if (kind == null) {
			throw new BusinessRuleException("kind", "guidance.sessions.field.required");
		}
		if (kind == ServiceKind.ONLINE_COURSE) {
			throw new BusinessRuleException("kind", "guidance.sessions.session.kind.course");
		}
		if (kind == ServiceKind.HOME_VISIT) {
			throw new BusinessRuleException("kind", "guidance.sessions.session.kind.homeVisit");
		}
		Topic topic = topic(session.topicCode());
		boolean online = kind == ServiceKind.LIVE_ONLINE || kind == ServiceKind.RECORDED;
		String division;
		String place = null;
		if (online) {
			String url = session.onlineUrl() == null ? "" : session.onlineUrl().strip();
			if (!url.matches("https?://[^\\s]{3,490}")) {
				throw new BusinessRuleException("onlineUrl", "guidance.sessions.session.onlineUrl.invalid");
			}
			division = session.divisionCode() == null || session.divisionCode().isBlank() ? commission.areaCode()
					: place(commission, session.divisionCode());
		}
		else {
			division = place(commission, session.divisionCode());
			place = session.place() == null ? "" : session.place().strip();
			if (place.isEmpty() || place.length() > 200) {
				throw new BusinessRuleException("place", "guidance.sessions.session.place.required");
			}
			if ((session.latitude() == null) != (session.longitude() == null) || session.latitude() != null
					&& (session.latitude().doubleValue() < 3 || session.latitude().doubleValue() > 54
							|| session.longitude().doubleValue() < 73 || session.longitude().doubleValue() > 136)) {
				throw new BusinessRuleException("latitude", "guidance.sessions.session.coordinates");
			}
		}
		int capacity = session.capacity() == null ? 0 : session.capacity();
		if (capacity < 1 || capacity > 500) {
			throw new BusinessRuleException("capacity", "guidance.sessions.session.capacity.invalid", 1, 500);
		}
		OffsetDateTime[] times = times(commission, session.startsAt(), session.endsAt());
		UUID id = UuidV7.next();
		sessions.insertSession(new Scheduled(id, commission.id(), commission.providerId(), kind, topic.code(), division, place,
				online ? null : session.latitude(), online ? null : session.longitude(),
				online ? session.onlineUrl().strip() : null, capacity, times[0], times[1], null), user.accountId(),
				OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("GUIDANCE_SESSION_SCHEDULED", "guidance_session", id).in(DivisionCode.of(division))
			.withDetails(kind.name() + " " + topic.code()));
		return id;
	}

	/**
	 * Plans a home visit (入户指导) for one home-cared child of the community's area under a
	 * commission covering the child's home: a session of one seat, booked for the child; the
	 * child's guardians on the platform are told.
	 */
	@Transactional
	public UUID planHomeVisit(CurrentUser user, NewHomeVisit visit) {
		GuidanceActions.require(user, GuidanceActions.COMMUNITY);
		if (visit.childId() == null) {
			throw new BusinessRuleException("childId", "guidance.sessions.field.required");
		}
		RegisteredChild child = register.find(visit.childId())
			.filter(c -> c.status() == RegisterStatus.ACTIVE && covers(user, BookingPolicy.home(c)))
			.orElseThrow(() -> new NotFoundException("child"));
		if (visit.commissionId() == null) {
			throw new BusinessRuleException("commissionId", "guidance.sessions.field.required");
		}
		CommissionRow commission = providers.commission(visit.commissionId())
			.filter(c -> BookingPolicy.home(child).startsWith(c.areaCode()))
			.orElseThrow(() -> new BusinessRuleException("commissionId", "guidance.sessions.homeVisit.commission"));
		Topic topic = topic(visit.topicCode());
		OffsetDateTime[] times = times(commission, visit.startsAt(), visit.endsAt());
		UUID id = UuidV7.next();
		OffsetDateTime now = OffsetDateTime.now(clock);
		sessions.insertSession(new Scheduled(id, commission.id(), commission.providerId(), ServiceKind.HOME_VISIT,
				topic.code(), BookingPolicy.home(child), null, null, null, null, 1, times[0], times[1], child.id()), user.accountId(), now);
		sessions.insertBooking(UuidV7.next(), id, child.id(), BookingStatus.BOOKED, user.accountId(), now);
		if (child.familyChildId() != null) {
			String when = CityTimes.format(times[0], clock);
			family.guardianAccounts(child.familyChildId())
				.forEach(account -> inbox.send(account, "guidance.sessions.notification.homeVisit", "/family/guidance/bookings",
						child.name(), when, commission.providerName()));
		}
		audit.record(AuditEntry.of("GUIDANCE_HOME_VISIT_PLANNED", "guidance_child", child.id())
			.in(DivisionCode.of(child.divisionCode()))
			.withDetails(topic.code()));
		return id;
	}

	/** The worker's provider's sessions, the latest first. */
	@Transactional(readOnly = true)
	public List<GuidanceSession> sessions(CurrentUser user) {
		GuidanceActions.requireProviderWorker(user);
		return sessions.sessionsOf(user.scope().providerId()).stream().map(this::named).toList();
	}

	/** One of the worker's provider's sessions. */
	@Transactional(readOnly = true)
	public GuidanceSession session(CurrentUser user, UUID sessionId) {
		return named(own(user, sessionId));
	}

	/** Who booked one of the worker's provider's sessions; the children's names are read, so audited. */
	@Transactional
	public List<RosterEntry> roster(CurrentUser user, UUID sessionId) {
		GuidanceSession session = own(user, sessionId);
		LocalDate day = day(session);
		List<RosterEntry> roster = sessions.roster(sessionId)
			.stream()
			.map(b -> new RosterEntry(b.id(), b.childName(), BookingPolicy.ageMonths(b.birthDate(), day), b.status(),
					b.attendedAt(), b.source(), b.rating(), b.ratingComment()))
			.toList();
		audit.record(AuditEntry.of("GUIDANCE_SESSION_ROSTER_READ", "guidance_session", sessionId)
			.in(DivisionCode.of(session.divisionCode()))
			.withDetails(roster.size() + " children"));
		return roster;
	}

	/**
	 * Records that a booked child came, from the worker's list or the provider's own system: once,
	 * from when the session's check-in opens until the configured days after its end.
	 */
	@Transactional
	public RosterEntry recordAttendance(CurrentUser user, UUID sessionId, UUID bookingId, AttendanceSource source) {
		GuidanceActions.requireProviderWorker(user);
		if (!sessions.lockSession(sessionId)) {
			throw new NotFoundException("session");
		}
		GuidanceSession session = own(user, sessionId);
		BookingRow booking = sessions.booking(bookingId)
			.filter(b -> b.sessionId().equals(sessionId))
			.orElseThrow(() -> new NotFoundException("booking"));
		Instant now = clock.instant();
		if (now.isAfter(session.endsAt().toInstant().plus(java.time.Duration.ofDays(rules.attendanceDaysAfter())))) {
			throw new BusinessRuleException(null, "guidance.sessions.attendance.closed", rules.attendanceDaysAfter());
		}
		attend(session, booking, source, user.accountId());
		BookingRow done = sessions.booking(bookingId).orElseThrow();
		return new RosterEntry(done.id(), done.childName(), BookingPolicy.ageMonths(done.birthDate(), day(session)),
				done.status(), done.attendedAt(), done.source(), done.rating(), done.ratingComment());
	}

	/**
	 * Cancels one of the worker's provider's sessions before it starts, with a reason: every
	 * booking and waitlist place is cancelled and the guardians on the platform are told why.
	 * A cancelled session no longer counts against its commission's sessions.
	 *
	 * @return how many children had a seat or a waitlist place
	 * @throws BusinessRuleException without a reason (at most 200 characters), for a session
	 *         already cancelled or already started
	 */
	@Transactional
	public int cancel(CurrentUser user, UUID sessionId, String reason) {
		GuidanceActions.requireProviderWorker(user);
		if (!sessions.lockSession(sessionId)) {
			throw new NotFoundException("session");
		}
		GuidanceSession session = own(user, sessionId);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 200) {
			throw new BusinessRuleException("reason", "guidance.sessions.session.cancel.reason", 200);
		}
		if (session.cancelled()) {
			throw new BusinessRuleException(null, "guidance.sessions.session.cancel.already");
		}
		if (!session.startsAt().toInstant().isAfter(clock.instant())) {
			throw new BusinessRuleException(null, "guidance.sessions.session.cancel.started");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		sessions.cancelSession(sessionId, why, user.accountId(), now);
		List<BookingRow> bookings = sessions.roster(sessionId);
		String when = CityTimes.format(session.startsAt(), clock);
		for (BookingRow booking : bookings) {
			sessions.cancel(booking.id(), now);
			if (booking.familyChildId() != null) {
				family.guardianAccounts(booking.familyChildId())
					.forEach(account -> inbox.send(account, "guidance.sessions.notification.sessionCancelled",
							"/family/guidance/sessions?child=" + booking.familyChildId(), booking.childName(), when, why));
			}
		}
		audit.record(AuditEntry.of("GUIDANCE_SESSION_CANCELLED", "guidance_session", sessionId)
			.in(DivisionCode.of(session.divisionCode()))
			.withDetails(bookings.size() + " bookings: " + why));
		return bookings.size();
	}

	/**
	 * What a commission the user may see has delivered: its sessions, attendance and the families'
	 * ratings (officers of an area the commission concerns, or the provider's workers); another
	 * commission is not found. No child's data are shown.
	 */
	@Transactional(readOnly = true)
	public CommissionDelivery delivery(CurrentUser user, UUID commissionId) {
		Commission commission = providerManagement.commission(user, commissionId);
		Map<UUID, SessionFigures> figures = sessions.figuresOfCommission(commissionId);
		Instant now = clock.instant();
		List<DeliveredSession> delivered = new ArrayList<>();
		int held = 0;
		int cancelled = 0;
		long attendances = 0;
		long ratings = 0;
		long stars = 0;
		for (GuidanceSession session : sessions.sessionsOfCommission(commissionId)) {
			SessionFigures f = figures.getOrDefault(session.id(), new SessionFigures(0, 0, 0));
			delivered.add(new DeliveredSession(named(session), f.attended(), average(f.stars(), f.ratings()), f.ratings()));
			if (session.cancelled()) {
				cancelled++;
			}
			else if (session.endsAt().toInstant().isBefore(now)) {
				held++;
			}
			attendances += f.attended();
			ratings += f.ratings();
			stars += f.stars();
		}
		return new CommissionDelivery(commission, held, cancelled, attendances, sessions.childrenServed(commissionId),
				average(stars, ratings), ratings, delivered, sessions.latestRatings(commissionId, LATEST_RATINGS));
	}

	private static BigDecimal average(long stars, long ratings) {
		return ratings == 0 ? null : BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(ratings), 1, RoundingMode.HALF_UP);
	}

	/** Whether a session may still be cancelled: scheduled and not yet started. */
	public boolean cancellable(GuidanceSession session) {
		return !session.cancelled() && session.startsAt().toInstant().isAfter(clock.instant());
	}

	/**
	 * The token of one of the worker's provider's sessions for its QR code: valid for that session
	 * only, until the configured time after its end.
	 */
	@Transactional(readOnly = true)
	public String checkInToken(CurrentUser user, UUID sessionId) {
		GuidanceSession session = own(user, sessionId);
		return tokens.issue(session.id(), session.endsAt().toInstant().plus(rules.checkInClosesAfter()));
	}

	/**
	 * Records a booked child's attendance and the service it counts as, once: refused for a
	 * booking without a seat, a second attendance, or before the session's check-in opens.
	 */
	void attend(GuidanceSession session, BookingRow booking, AttendanceSource source, UUID by) {
		if (booking.status() != BookingStatus.BOOKED) {
			throw new BusinessRuleException(null, "guidance.sessions.attendance.notBooked", booking.childName());
		}
		if (booking.attendedAt() != null) {
			throw new BusinessRuleException(null, "guidance.sessions.attendance.twice", booking.childName());
		}
		if (clock.instant().isBefore(opens(session))) {
			throw new BusinessRuleException(null, "guidance.sessions.attendance.notYet");
		}
		sessions.attend(booking.id(), OffsetDateTime.now(clock), source, by);
		services.record(booking.childId(), session.kind(), ServiceSource.SESSION, session.id(), day(session), session.free(),
				by);
		audit.record(AuditEntry.of("GUIDANCE_ATTENDANCE_RECORDED", "guidance_child", booking.childId())
			.in(DivisionCode.of(session.divisionCode()))
			.withDetails(source.name() + " " + session.id()));
	}

	/** When a session's check-in opens. */
	Instant opens(GuidanceSession session) {
		return session.startsAt().toInstant().minus(rules.checkInOpensBefore());
	}

	CheckInTokenPolicy tokens() {
		return tokens;
	}

	/** The city's day of a session. */
	LocalDate day(GuidanceSession session) {
		return session.startsAt().atZoneSameInstant(clock.getZone()).toLocalDate();
	}

	GuidanceSession named(GuidanceSession session) {
		return session.named(providerManagement.name(session.divisionCode()));
	}

	private GuidanceSession own(CurrentUser user, UUID sessionId) {
		GuidanceActions.requireProviderWorker(user);
		return sessions.session(sessionId)
			.filter(s -> s.providerId().equals(user.scope().providerId()))
			.orElseThrow(() -> new NotFoundException("session"));
	}

	private Topic topic(String code) {
		return sessions.topics()
			.stream()
			.filter(t -> t.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("topicCode", "guidance.sessions.session.topic.unknown"));
	}

	/** The community or street of a place, inside the commission's area. */
	private String place(CommissionRow commission, String raw) {
		DivisionCode code = BusinessRuleException.onField("divisionCode", () -> DivisionCode.of(raw));
		if (code.value().length() < 9 && !code.value().equals(commission.areaCode())
				|| !code.value().startsWith(commission.areaCode())) {
			throw new BusinessRuleException("divisionCode", "guidance.sessions.session.outsideArea",
					providerManagement.name(commission.areaCode()));
		}
		return code.value();
	}

	/**
	 * The start and end in the city's zone: both given, the end after the start, the start still
	 * ahead, inside the commission's period; and a session left of the commissioned number.
	 */
	private OffsetDateTime[] times(CommissionRow commission, LocalDateTime startsAt, LocalDateTime endsAt) {
		if (startsAt == null) {
			throw new BusinessRuleException("startsAt", "guidance.sessions.field.required");
		}
		if (endsAt == null || !endsAt.isAfter(startsAt) || endsAt.isAfter(startsAt.plusHours(12))) {
			throw new BusinessRuleException("endsAt", "guidance.sessions.session.end");
		}
		OffsetDateTime start = startsAt.atZone(clock.getZone()).toOffsetDateTime();
		if (!start.toInstant().isAfter(clock.instant())) {
			throw new BusinessRuleException("startsAt", "guidance.sessions.session.past");
		}
		if (startsAt.toLocalDate().isBefore(commission.startsOn()) || startsAt.toLocalDate().isAfter(commission.endsOn())) {
			throw new BusinessRuleException("startsAt", "guidance.sessions.session.period", commission.startsOn().toString(),
					commission.endsOn().toString());
		}
		providers.lockCommission(commission.id());
		int scheduled = providers.commission(commission.id()).map(CommissionRow::scheduled).orElse(0);
		if (scheduled >= commission.sessions()) {
			throw new BusinessRuleException("commissionId", "guidance.sessions.session.usedUp", commission.sessions());
		}
		return new OffsetDateTime[] { start, endsAt.atZone(clock.getZone()).toOffsetDateTime() };
	}
}
