package org.tuoyu.guidance.sessions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.guidance.services.ServiceKind;

/** The tables of the curriculum, sessions and bookings. */
@Repository
class SessionRows {

	private static final String SESSION = """
			SELECT s.id, s.commission_id, s.provider_id, p.name AS provider_name, s.kind, s.topic_code, t.from_months,
			  t.to_months, t.theme, s.division_code, s.place, s.latitude, s.longitude, s.online_url, s.capacity, s.starts_at,
			  s.ends_at, s.free, s.status, s.cancel_reason,
			  (SELECT count(*) FROM guidance_booking b WHERE b.session_id = s.id AND b.status = 'BOOKED') AS booked,
			  (SELECT count(*) FROM guidance_booking b WHERE b.session_id = s.id AND b.status = 'WAITLISTED') AS waitlisted
			FROM guidance_session s JOIN guidance_provider p ON p.id = s.provider_id JOIN guidance_topic t ON t.code = s.topic_code
			""";

	private static final String BOOKING = """
			SELECT b.id, b.session_id, b.child_id, c.family_child_id, c.name AS child_name, c.birth_date, b.status,
			  b.booked_at, b.attended_at, b.attendance_source, b.rating, b.rating_comment,
			  CASE WHEN b.status = 'WAITLISTED' THEN (SELECT count(*) FROM guidance_booking w WHERE w.session_id = b.session_id
			    AND w.status = 'WAITLISTED' AND (w.booked_at, w.id) <= (b.booked_at, b.id)) ELSE 0 END AS position
			FROM guidance_booking b JOIN guidance_child c ON c.id = b.child_id
			""";

	/** A booking as stored, with its child's name and birth date from the register. */
	record BookingRow(UUID id, UUID sessionId, UUID childId, UUID familyChildId, String childName, LocalDate birthDate,
			BookingStatus status, OffsetDateTime bookedAt, OffsetDateTime attendedAt, AttendanceSource source,
			Integer rating, String ratingComment, int position) {
	}

	/** A session to store, checked. */
	record Scheduled(UUID id, UUID commissionId, UUID providerId, ServiceKind kind, String topic, String division,
			String place, BigDecimal latitude, BigDecimal longitude, String onlineUrl, int capacity, OffsetDateTime startsAt,
			OffsetDateTime endsAt, UUID plannedChild) {
	}

	/** A reminder claimed for one booking of tomorrow. */
	record Reminder(UUID bookingId, UUID familyChildId, String childName, OffsetDateTime startsAt, String where) {
	}

	private final JdbcClient jdbc;

	SessionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Topic> topics() {
		return jdbc.sql("SELECT code, from_months, to_months, theme FROM guidance_topic ORDER BY position")
			.query((rs, n) -> new Topic(rs.getString("code"), rs.getInt("from_months"), rs.getInt("to_months"),
					rs.getString("theme")))
			.list();
	}

	void insertSession(Scheduled session, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guidance_session (id, commission_id, provider_id, kind, topic_code, division_code, place, latitude,
				  longitude, online_url, capacity, starts_at, ends_at, free, planned_child_id, created_by, created_at)
				VALUES (:id, :commission, :provider, :kind, :topic, :division, :place, :lat, :lng, :url, :capacity, :starts,
				  :ends, true, :child, :by, :now)
				""")
			.param("id", session.id())
			.param("commission", session.commissionId())
			.param("provider", session.providerId())
			.param("kind", session.kind().name())
			.param("topic", session.topic())
			.param("division", session.division())
			.param("place", session.place())
			.param("lat", session.latitude())
			.param("lng", session.longitude())
			.param("url", session.onlineUrl())
			.param("capacity", session.capacity())
			.param("starts", session.startsAt())
			.param("ends", session.endsAt())
			.param("child", session.plannedChild())
			.param("by", by)
			.param("now", now)
			.update();
	}

	/** Locks the session's row: bookings, cancellations and attendance of one session take turns. */
	boolean lockSession(UUID id) {
		return jdbc.sql("SELECT id FROM guidance_session WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class)
			.optional()
			.isPresent();
	}

	Optional<GuidanceSession> session(UUID id) {
		return jdbc.sql(SESSION + " WHERE s.id = :id").param("id", id).query(SessionRows::session).optional();
	}

	List<GuidanceSession> sessionsOf(UUID providerId) {
		return jdbc.sql(SESSION + " WHERE s.provider_id = :provider ORDER BY s.starts_at DESC, s.id LIMIT 500")
			.param("provider", providerId)
			.query(SessionRows::session)
			.list();
	}

	/** Every session of a commission, the latest first. */
	List<GuidanceSession> sessionsOfCommission(UUID commissionId) {
		return jdbc.sql(SESSION + " WHERE s.commission_id = :commission ORDER BY s.starts_at DESC, s.id")
			.param("commission", commissionId)
			.query(SessionRows::session)
			.list();
	}

	/** Attendance and ratings of one session, from its bookings. */
	record SessionFigures(long attended, long ratings, long stars) {
	}

	/** Attendance and ratings of each session of a commission that has bookings. */
	Map<UUID, SessionFigures> figuresOfCommission(UUID commissionId) {
		Map<UUID, SessionFigures> figures = new HashMap<>();
		jdbc.sql("""
				SELECT b.session_id, count(b.attended_at) AS attended, count(b.rating) AS ratings,
				  coalesce(sum(b.rating), 0) AS stars
				FROM guidance_booking b JOIN guidance_session s ON s.id = b.session_id
				WHERE s.commission_id = :commission
				GROUP BY b.session_id
				""")
			.param("commission", commissionId)
			.query((rs, n) -> figures.put(rs.getObject("session_id", UUID.class),
					new SessionFigures(rs.getLong("attended"), rs.getLong("ratings"), rs.getLong("stars"))))
			.list();
		return figures;
	}

	/** Different children who attended a session of the commission. */
	long childrenServed(UUID commissionId) {
		return jdbc.sql("""
				SELECT count(DISTINCT b.child_id) FROM guidance_booking b JOIN guidance_session s ON s.id = b.session_id
				WHERE s.commission_id = :commission AND b.attended_at IS NOT NULL
				""").param("commission", commissionId).query(Long.class).single();
	}

	/** The latest ratings of the commission's sessions, without names. */
	List<SessionRating> latestRatings(UUID commissionId, int limit) {
		return jdbc.sql("""
				SELECT s.id, s.topic_code, t.from_months, t.to_months, t.theme, b.rating, b.rating_comment, b.rated_at
				FROM guidance_booking b JOIN guidance_session s ON s.id = b.session_id JOIN guidance_topic t ON t.code = s.topic_code
				WHERE s.commission_id = :commission AND b.rating IS NOT NULL
				ORDER BY b.rated_at DESC, b.id
				LIMIT :limit
				""")
			.param("commission", commissionId)
			.param("limit", limit)
			.query((rs, n) -> new SessionRating(rs.getObject("id", UUID.class),
					new Topic(rs.getString("topic_code"), rs.getInt("from_months"), rs.getInt("to_months"), rs.getString("theme")),
					rs.getInt("rating"), rs.getString("rating_comment"), rs.getObject("rated_at", OffsetDateTime.class)))
			.list();
	}

	/** Sessions still to start that families may book, under commissions whose area covers the home. */
	List<GuidanceSession> bookableFor(String home, OffsetDateTime now) {
		return jdbc.sql(SESSION + """
				JOIN guidance_commission c ON c.id = s.commission_id
				WHERE starts_with(:home, c.area_code) AND s.status = 'SCHEDULED' AND s.kind <> 'HOME_VISIT' AND s.starts_at > :now
				ORDER BY s.starts_at, s.id
				LIMIT 300
				""").param("home", home).param("now", now).query(SessionRows::session).list();
	}

	/** The area of the commission a session is run under. */
	String commissionArea(UUID sessionId) {
		return jdbc.sql("""
				SELECT c.area_code FROM guidance_session s JOIN guidance_commission c ON c.id = s.commission_id WHERE s.id = :id
				""").param("id", sessionId).query(String.class).single();
	}

	int booked(UUID sessionId) {
		return jdbc.sql("SELECT count(*) FROM guidance_booking WHERE session_id = :session AND status = 'BOOKED'")
			.param("session", sessionId)
			.query(Integer.class)
			.single();
	}

	void insertBooking(UUID id, UUID sessionId, UUID childId, BookingStatus status, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guidance_booking (id, session_id, child_id, status, booked_by, booked_at)
				VALUES (:id, :session, :child, :status, :by, :now)
				""")
			.param("id", id)
			.param("session", sessionId)
			.param("child", childId)
			.param("status", status.name())
			.param("by", by)
			.param("now", now)
			.update();
	}

	Optional<BookingRow> booking(UUID id) {
		return jdbc.sql(BOOKING + " WHERE b.id = :id").param("id", id).query(SessionRows::booking).optional();
	}

	Optional<BookingRow> activeBooking(UUID sessionId, UUID childId) {
		return jdbc.sql(BOOKING + " WHERE b.session_id = :session AND b.child_id = :child AND b.status <> 'CANCELLED'")
			.param("session", sessionId)
			.param("child", childId)
			.query(SessionRows::booking)
			.optional();
	}

	/** The session's bookings that are not cancelled: seats first, then the waitlist in order. */
	List<BookingRow> roster(UUID sessionId) {
		return jdbc.sql(BOOKING + """
				WHERE b.session_id = :session AND b.status <> 'CANCELLED'
				ORDER BY b.status = 'WAITLISTED', b.booked_at, b.id
				""").param("session", sessionId).query(SessionRows::booking).list();
	}

	/** The bookings of the family's children, the latest sessions first. */
	List<BookingRow> bookingsOfFamilyChildren(Collection<UUID> familyChildIds) {
		return jdbc.sql(BOOKING + """
				JOIN guidance_session s ON s.id = b.session_id
				WHERE c.family_child_id = ANY(:children)
				ORDER BY s.starts_at DESC, b.id
				LIMIT 300
				""").param("children", familyChildIds.toArray(UUID[]::new)).query(SessionRows::booking).list();
	}

	Optional<BookingRow> firstWaitlisted(UUID sessionId) {
		return jdbc.sql(BOOKING + """
				WHERE b.session_id = :session AND b.status = 'WAITLISTED' ORDER BY b.booked_at, b.id LIMIT 1
				""").param("session", sessionId).query(SessionRows::booking).optional();
	}

	void cancel(UUID bookingId, OffsetDateTime now) {
		jdbc.sql("UPDATE guidance_booking SET status = 'CANCELLED', cancelled_at = :now WHERE id = :id")
			.param("id", bookingId)
			.param("now", now)
			.update();
	}

	void promote(UUID bookingId, OffsetDateTime now) {
		jdbc.sql("UPDATE guidance_booking SET status = 'BOOKED', promoted_at = :now WHERE id = :id")
			.param("id", bookingId)
			.param("now", now)
			.update();
	}

	void attend(UUID bookingId, OffsetDateTime now, AttendanceSource source, UUID by) {
		jdbc.sql("""
				UPDATE guidance_booking SET attended_at = :now, attendance_source = :source, attendance_by = :by
				WHERE id = :id AND attended_at IS NULL
				""").param("id", bookingId).param("now", now).param("source", source.name()).param("by", by).update();
	}

	void rate(UUID bookingId, int stars, String comment, OffsetDateTime now) {
		jdbc.sql("UPDATE guidance_booking SET rating = :stars, rating_comment = :comment, rated_at = :now WHERE id = :id")
			.param("id", bookingId)
			.param("stars", stars)
			.param("comment", comment)
			.param("now", now)
			.update();
	}

	/**
	 * Marks the seats of sessions starting from {@code from} until before {@code to} as reminded
	 * today and returns them: one statement, so a booking is reminded once even when several nodes
	 * run the job.
	 */
	List<Reminder> claimReminders(OffsetDateTime from, OffsetDateTime to, LocalDate today) {
		return jdbc.sql("""
				UPDATE guidance_booking b SET reminded_on = :today
				FROM guidance_session s, guidance_child c
				WHERE s.id = b.session_id AND c.id = b.child_id AND b.status = 'BOOKED' AND b.reminded_on IS NULL
				  AND s.status = 'SCHEDULED' AND s.starts_at >= :from AND s.starts_at < :to
				RETURNING b.id, c.family_child_id, c.name, s.starts_at, coalesce(s.place, s.online_url, '') AS place
				""")
			.param("today", today)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Reminder(rs.getObject("id", UUID.class), rs.getObject("family_child_id", UUID.class),
					rs.getString("name"), rs.getObject("starts_at", OffsetDateTime.class), rs.getString("place")))
			.list();
	}

	/** Marks a scheduled session cancelled; false when it was not scheduled. */
	boolean cancelSession(UUID id, String reason, UUID by, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE guidance_session SET status = 'CANCELLED', cancel_reason = :reason, cancelled_by = :by, cancelled_at = :now
				WHERE id = :id AND status = 'SCHEDULED'
				""").param("id", id).param("reason", reason).param("by", by).param("now", now).update() == 1;
	}

	private static GuidanceSession session(ResultSet rs, int n) throws SQLException {
		Topic topic = new Topic(rs.getString("topic_code"), rs.getInt("from_months"), rs.getInt("to_months"),
				rs.getString("theme"));
		return new GuidanceSession(rs.getObject("id", UUID.class), rs.getObject("commission_id", UUID.class),
				rs.getObject("provider_id", UUID.class), rs.getString("provider_name"), ServiceKind.valueOf(rs.getString("kind")),
				topic, rs.getString("division_code"), null, rs.getString("place"), rs.getBigDecimal("latitude"),
				rs.getBigDecimal("longitude"), rs.getString("online_url"), rs.getInt("capacity"), rs.getInt("booked"),
				rs.getInt("waitlisted"), rs.getObject("starts_at", OffsetDateTime.class),
				rs.getObject("ends_at", OffsetDateTime.class), rs.getBoolean("free"), "CANCELLED".equals(rs.getString("status")),
				rs.getString("cancel_reason"));
	}

	private static BookingRow booking(ResultSet rs, int n) throws SQLException {
		String source = rs.getString("attendance_source");
		Integer rating = rs.getObject("rating", Integer.class);
		return new BookingRow(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				rs.getObject("child_id", UUID.class), rs.getObject("family_child_id", UUID.class), rs.getString("child_name"),
				rs.getObject("birth_date", LocalDate.class), BookingStatus.valueOf(rs.getString("status")),
				rs.getObject("booked_at", OffsetDateTime.class), rs.getObject("attended_at", OffsetDateTime.class),
				source == null ? null : AttendanceSource.valueOf(source), rating,
				rs.getString("rating_comment"), rs.getInt("position"));
	}
}
