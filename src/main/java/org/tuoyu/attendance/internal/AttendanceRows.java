package org.tuoyu.attendance.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.attendance.Absence;
import org.tuoyu.attendance.AbsenceReason;
import org.tuoyu.attendance.RatioBreach;
import org.tuoyu.attendance.Symptom;
import org.tuoyu.attendance.Visit;
import org.tuoyu.institution.ClassType;
import org.tuoyu.platform.UuidV7;

/** Storage of visits, absences, follow-ups, refused pick-ups and ratio breaches. */
@Repository
public class AttendanceRows {

	private final JdbcClient jdbc;

	private final Clock clock;

	AttendanceRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Checks a child in to the class of their active placement at the institution, in one
	 * statement: nothing is written if the child is not placed there, is in already, was last here
	 * on or before {@code awayUntil} (unless {@code reexamined}), or was never here (unless
	 * {@code admitted}: passed the admission check). Empty if not placed there.
	 */
	public Optional<CheckIn> checkIn(UUID id, UUID childId, UUID institutionId, LocalDate day, Instant at, UUID by,
			UUID deviceId, LocalDate awayUntil, boolean reexamined, boolean admitted) {
		return jdbc.sql("""
				WITH placed AS (
				  SELECT p.class_id, k.class_type, i.division_code, c.name AS child_name FROM enrollment_placement p
				  JOIN institution_class k ON k.id = p.class_id JOIN institution_institution i ON i.id = p.institution_id
				  JOIN family_child c ON c.id = p.child_id
				  WHERE p.child_id = :child AND p.institution_id = :institution AND p.status = 'ACTIVE'),
				last AS (SELECT max(day) AS day FROM attendance_visit WHERE child_id = :child),
				inserted AS (
				  INSERT INTO attendance_visit (id, child_id, institution_id, class_id, division_code, day, checked_in_at,
				    checked_in_by, device_id)
				  SELECT :id, :child, :institution, placed.class_id, placed.division_code, :day, :at, :by, :device
				  FROM placed, last WHERE CASE WHEN last.day IS NULL THEN :admitted ELSE last.day > :awayUntil OR :reexamined END
				  ON CONFLICT (child_id) WHERE checked_out_at IS NULL DO NOTHING
				  RETURNING id)
				SELECT placed.class_id, placed.class_type, placed.division_code, placed.child_name, last.day,
				  EXISTS (SELECT 1 FROM inserted) AS inserted
				FROM placed, last
				""").param("id", id).param("child", childId).param("institution", institutionId).param("day", day)
			.param("at", utc(at)).param("by", by).param("device", deviceId).param("awayUntil", awayUntil)
			.param("reexamined", reexamined).param("admitted", admitted)
			.query((rs, n) -> new CheckIn(rs.getObject(1, UUID.class), ClassType.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
			.optional();
	}

	/** What a check-in found: the child's class, street and name, their last day here, and whether it was written. */
	public record CheckIn(UUID classId, ClassType classType, String division, String childName, LocalDate lastDay,
			boolean inserted) {
	}

	/** Children and caregivers present in the class now, and the open breach's worst figures if one is open. */
	public Presence presence(UUID classId) {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM attendance_visit WHERE class_id = :class AND checked_out_at IS NULL),
				  (SELECT count(*) FROM attendance_staff_visit WHERE class_id = :class AND checked_out_at IS NULL),
				  b.most_children, b.fewest_caregivers
				FROM (SELECT 1) one LEFT JOIN attendance_ratio_breach b ON b.class_id = :class AND b.ended_at IS NULL
				""").param("class", classId)
			.query((rs, n) -> new Presence(rs.getInt(1), rs.getInt(2), (Integer) rs.getObject(3), (Integer) rs.getObject(4)))
			.single();
	}

	/** Presence in a class; the open breach's figures are null when none is open. */
	public record Presence(int children, int caregivers, Integer breachChildren, Integer breachCaregivers) {

		public boolean breachOpen() {
			return breachChildren != null;
		}
	}

	/** Where an ended visit was: its class and street. */
	public record VisitPlace(UUID classId, String division) {
	}

	/** Ends the child's open visit at the institution; where the visit was, or empty if none was open. */
	public Optional<VisitPlace> checkOut(UUID childId, UUID institutionId, Instant at, UUID by, UUID pickupId,
			String pickupName, boolean late) {
		return jdbc.sql("""
				UPDATE attendance_visit SET checked_out_at = :at, checked_out_by = :by, pickup_id = :pickup,
				  pickup_name = :name, late = :late
				WHERE child_id = :child AND institution_id = :institution AND checked_out_at IS NULL
				RETURNING class_id, division_code
				""").param("at", utc(at)).param("by", by)
			.param("pickup", pickupId).param("name", pickupName).param("late", late).param("child", childId)
			.param("institution", institutionId)
			.query((rs, n) -> new VisitPlace(rs.getObject(1, UUID.class), rs.getString(2)))
			.optional();
	}

	/** The last day each of the children was here, for those who ever were. */
	public Map<UUID, LocalDate> lastVisitDays(List<UUID> childIds) {
		return jdbc.sql("SELECT child_id, max(day) FROM attendance_visit WHERE child_id = ANY (:children) GROUP BY child_id")
			.param("children", childIds.toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Opens a breach for the class unless one is open, and keeps its worst figures. */
	public void breach(UUID classId, UUID institutionId, String division, Instant at, int children, int caregivers) {
		jdbc.sql("""
				INSERT INTO attendance_ratio_breach (id, class_id, institution_id, division_code, started_at, most_children,
				  fewest_caregivers) VALUES (:id, :class, :institution, :division, :at, :children, :caregivers)
				ON CONFLICT (class_id) WHERE ended_at IS NULL DO UPDATE
				SET most_children = greatest(attendance_ratio_breach.most_children, excluded.most_children),
				    fewest_caregivers = least(attendance_ratio_breach.fewest_caregivers, excluded.fewest_caregivers)
				""").param("id", UuidV7.next()).param("class", classId).param("institution", institutionId)
			.param("division", division).param("at", utc(at))
			.param("children", children).param("caregivers", caregivers).update();
	}

	public void endBreach(UUID classId, Instant at) {
		jdbc.sql("UPDATE attendance_ratio_breach SET ended_at = :at WHERE class_id = :class AND ended_at IS NULL")
			.param("at", utc(at)).param("class", classId).update();
	}

	/** A visit of the day, the latest per child, keyed by child. */
	public Map<UUID, VisitRow> visits(UUID classId, LocalDate day) {
		return jdbc.sql("""
				SELECT DISTINCT ON (child_id) child_id, checked_in_at, checked_out_at, pickup_name, late FROM attendance_visit
				WHERE class_id = :class AND day = :day ORDER BY child_id, checked_in_at DESC
				""").param("class", classId).param("day", day)
			.query((rs, n) -> new VisitRow(rs.getObject("child_id", UUID.class),
					rs.getObject("checked_in_at", OffsetDateTime.class), rs.getObject("checked_out_at", OffsetDateTime.class),
					rs.getString("pickup_name"), rs.getBoolean("late")))
			.list().stream().collect(Collectors.toMap(VisitRow::childId, Function.identity()));
	}

	/** The visits of the children on a day, by child and time. */
	public List<Visit> visitsOf(Collection<UUID> childIds, LocalDate day) {
		return jdbc.sql("""
				SELECT child_id, class_id, checked_in_at, checked_out_at, pickup_name FROM attendance_visit
				WHERE child_id = ANY(:children) AND day = :day ORDER BY child_id, checked_in_at
				""").param("children", childIds.toArray(UUID[]::new)).param("day", day)
			.query((rs, n) -> new Visit(rs.getObject("child_id", UUID.class), rs.getObject("class_id", UUID.class),
					rs.getObject("checked_in_at", OffsetDateTime.class), rs.getObject("checked_out_at", OffsetDateTime.class),
					rs.getString("pickup_name")))
			.list();
	}

	/** The visits of the institution's children on a day, by class, child and time. */
	public List<RollRow> roll(UUID institutionId, LocalDate day) {
		return jdbc.sql("""
				SELECT v.class_id, v.child_id, v.checked_in_at, v.checked_out_at, v.pickup_name, v.late FROM attendance_visit v
				WHERE v.institution_id = :institution AND v.day = :day ORDER BY v.class_id, v.child_id, v.checked_in_at
				""").param("institution", institutionId).param("day", day)
			.query((rs, n) -> new RollRow(rs.getObject("class_id", UUID.class), new VisitRow(rs.getObject("child_id", UUID.class),
					rs.getObject("checked_in_at", OffsetDateTime.class), rs.getObject("checked_out_at", OffsetDateTime.class),
					rs.getString("pickup_name"), rs.getBoolean("late"))))
			.list();
	}

	/** Days each child of the institution attended in the period (a day counts once, however many visits). */
	public Map<UUID, Integer> daysAttended(UUID institutionId, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				SELECT child_id, count(DISTINCT day) AS days FROM attendance_visit
				WHERE institution_id = :institution AND day BETWEEN :first AND :last GROUP BY child_id
				""").param("institution", institutionId).param("first", first).param("last", last)
			.query((rs, n) -> Map.entry(rs.getObject("child_id", UUID.class), rs.getInt("days")))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Caregivers checked in to the class now, with the time they came. */
	public Map<UUID, OffsetDateTime> presentStaff(UUID classId) {
		return jdbc.sql("""
				SELECT person_id, checked_in_at FROM attendance_staff_visit WHERE class_id = :class AND checked_out_at IS NULL
				""").param("class", classId)
			.query((rs, n) -> Map.entry(rs.getObject("person_id", UUID.class), rs.getObject("checked_in_at", OffsetDateTime.class)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public boolean staffCheckIn(UUID id, UUID personId, UUID institutionId, UUID classId, String division, LocalDate day,
			Instant at) {
		return jdbc.sql("""
				INSERT INTO attendance_staff_visit (id, person_id, institution_id, class_id, division_code, day, checked_in_at)
				VALUES (:id, :person, :institution, :class, :division, :day, :at)
				ON CONFLICT (person_id) WHERE checked_out_at IS NULL DO NOTHING
				""").param("id", id).param("person", personId).param("institution", institutionId).param("class", classId)
			.param("division", division).param("day", day).param("at", utc(at))
			.update() == 1;
	}

	public boolean staffCheckOut(UUID personId, UUID classId, Instant at) {
		return jdbc.sql("""
				UPDATE attendance_staff_visit SET checked_out_at = :at
				WHERE person_id = :person AND class_id = :class AND checked_out_at IS NULL
				""").param("at", utc(at)).param("person", personId)
			.param("class", classId).update() == 1;
	}

	public void insertAbsence(UUID id, UUID childId, LocalDate first, LocalDate last, AbsenceReason reason,
			Set<Symptom> symptoms, String note, UUID by) {
		jdbc.sql("""
				INSERT INTO attendance_absence (id, child_id, first_day, last_day, reason, symptoms, note, reported_by)
				VALUES (:id, :child, :first, :last, :reason, :symptoms, :note, :by)
				""").param("id", id).param("child", childId).param("first", first).param("last", last)
			.param("reason", reason.name()).param("symptoms", symptoms.stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("note", note).param("by", by).update();
	}

	/** Absences of the children covering the day, keyed by child (the latest reported). */
	public Map<UUID, Absence> absencesOn(List<UUID> childIds, LocalDate day) {
		return jdbc.sql(ABSENCE_SELECT + """
				 WHERE a.child_id = ANY (:children) AND :day BETWEEN a.first_day AND a.last_day ORDER BY a.reported_at
				""").param("children", childIds.toArray(UUID[]::new)).param("day", day).query(AttendanceRows::absence)
			.list().stream().collect(Collectors.toMap(Absence::childId, Function.identity(), (a, b) -> b));
	}

	/** The children's absences overlapping the period. */
	public List<Absence> absencesBetween(List<UUID> childIds, LocalDate first, LocalDate last) {
		return jdbc.sql(ABSENCE_SELECT + " WHERE a.child_id = ANY (:children) AND a.first_day <= :last AND a.last_day >= :first")
			.param("children", childIds.toArray(UUID[]::new)).param("first", first).param("last", last)
			.query(AttendanceRows::absence).list();
	}

	/** The children's absences ending today or later, soonest first. */
	public List<Absence> currentAbsences(List<UUID> childIds, LocalDate today) {
		return jdbc.sql(ABSENCE_SELECT + " WHERE a.child_id = ANY (:children) AND a.last_day >= :today ORDER BY a.first_day")
			.param("children", childIds.toArray(UUID[]::new)).param("today", today).query(AttendanceRows::absence).list();
	}

	public boolean followUp(UUID id, UUID childId, UUID institutionId, LocalDate day, String note, UUID by) {
		return jdbc.sql("""
				INSERT INTO attendance_follow_up (id, child_id, institution_id, day, note, recorded_by)
				VALUES (:id, :child, :institution, :day, :note, :by)
				ON CONFLICT (child_id, day) DO UPDATE SET note = excluded.note, recorded_by = excluded.recorded_by,
				  recorded_at = :now
				""").param("now", OffsetDateTime.now(clock)).param("id", id).param("child", childId).param("institution", institutionId).param("day", day)
			.param("note", note).param("by", by).update() == 1;
	}

	public Map<UUID, String> followUps(UUID institutionId, LocalDate day) {
		return jdbc.sql("SELECT child_id, note FROM attendance_follow_up WHERE institution_id = :institution AND day = :day")
			.param("institution", institutionId).param("day", day)
			.query((rs, n) -> Map.entry(rs.getObject("child_id", UUID.class), rs.getString("note")))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public void refusedPickup(UUID id, UUID childId, UUID institutionId, String division, String personName, Instant at,
			UUID by) {
		jdbc.sql("""
				INSERT INTO attendance_refused_pickup (id, child_id, institution_id, division_code, person_name, refused_at,
				  refused_by) VALUES (:id, :child, :institution, :division, :name, :at, :by)
				""").param("id", id).param("child", childId).param("institution", institutionId).param("division", division)
			.param("name", personName).param("at", utc(at)).param("by", by)
			.update();
	}

	/** Breaches in the division subtree since a time, lasting at least the minutes (open ones until now). */
	public List<RatioBreach> breaches(String divisionPrefix, UUID institutionId, Instant since, Instant now, int minutes) {
		return jdbc.sql("""
				SELECT b.*, i.name AS institution_name, k.name AS class_name,
				  extract(epoch FROM (coalesce(b.ended_at, :now) - b.started_at)) / 60 AS minutes
				FROM attendance_ratio_breach b JOIN institution_institution i ON i.id = b.institution_id
				JOIN institution_class k ON k.id = b.class_id
				WHERE b.division_code LIKE :prefix AND (CAST(:institution AS uuid) IS NULL OR b.institution_id = :institution)
				  AND coalesce(b.ended_at, :now) >= :since
				  AND coalesce(b.ended_at, :now) - b.started_at >= make_interval(mins => :minutes)
				ORDER BY b.ended_at IS NULL DESC, b.started_at DESC
				""").param("prefix", divisionPrefix + "%").param("institution", institutionId)
			.param("since", utc(since))
			.param("now", utc(now)).param("minutes", minutes)
			.query((rs, n) -> new RatioBreach(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
					rs.getString("institution_name"), rs.getObject("class_id", UUID.class), rs.getString("class_name"),
					rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
					rs.getInt("most_children"), rs.getInt("fewest_caregivers"), rs.getLong("minutes")))
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static final String ABSENCE_SELECT = """
			SELECT a.*, c.name AS child_name FROM attendance_absence a JOIN family_child c ON c.id = a.child_id
			""";

	private static Absence absence(ResultSet rs, int n) throws SQLException {
		Array array = rs.getArray("symptoms");
		Set<Symptom> symptoms = array == null ? Set.of()
				: Arrays.stream((String[]) array.getArray()).map(Symptom::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Symptom.class)));
		return new Absence(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("child_name"),
				rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
				AbsenceReason.valueOf(rs.getString("reason")), symptoms, rs.getString("note"));
	}

	/** A child's visit on a day. */
	public record VisitRow(UUID childId, OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt, String pickedUpBy,
			boolean late) {
	}

	/** A visit in a day's roll, with its class. */
	public record RollRow(UUID classId, VisitRow visit) {
	}
}
