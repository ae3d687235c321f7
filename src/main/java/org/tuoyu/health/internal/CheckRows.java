package org.tuoyu.health.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.health.CheckOutcome;
import org.tuoyu.health.CheckSession;
import org.tuoyu.health.DailyCheck;
import org.tuoyu.health.Symptom;

/** Storage of morning and noon checks. */
@Repository
public class CheckRows {

	/** Check times are shown in the city's zone. */
	private static final String SELECT = """
			SELECT h.*, c.name AS child_name, a.display_name AS checked_by_name
			FROM health_daily_check h JOIN family_child c ON c.id = h.child_id
			JOIN platform_account a ON a.id = h.checked_by
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	CheckRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** A check to store, with where it belongs. */
	public record Row(UUID id, UUID childId, UUID institutionId, UUID classId, String divisionCode, LocalDate day,
			CheckSession session, java.math.BigDecimal temperature, Set<Symptom> symptoms, String note,
			CheckOutcome outcome, UUID checkedBy) {
	}

	/**
	 * Stores the check, or corrects the one of the same child, day and session; whether it corrected
	 * one, and the stored check's id.
	 */
	public Stored save(Row row) {
		return jdbc.sql("""
				INSERT INTO health_daily_check (id, child_id, institution_id, class_id, division_code, day, session,
				  temperature, symptoms, note, outcome, checked_by)
				VALUES (:id, :child, :institution, :class, :division, :day, :session, :temperature, :symptoms, :note,
				  :outcome, :by)
				ON CONFLICT (child_id, day, session) DO UPDATE SET class_id = EXCLUDED.class_id,
				  temperature = EXCLUDED.temperature, symptoms = EXCLUDED.symptoms, note = EXCLUDED.note,
				  outcome = EXCLUDED.outcome, checked_by = EXCLUDED.checked_by, checked_at = :now
				RETURNING id, xmax <> 0 AS corrected
				""").param("now", OffsetDateTime.now(clock))
			.param("id", row.id()).param("child", row.childId()).param("institution", row.institutionId())
			.param("class", row.classId()).param("division", row.divisionCode()).param("day", row.day())
			.param("session", row.session().name()).param("temperature", row.temperature())
			.param("symptoms", row.symptoms().stream().map(Symptom::name).toArray(String[]::new))
			.param("note", row.note()).param("outcome", row.outcome().name()).param("by", row.checkedBy())
			.query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getBoolean("corrected")))
			.single();
	}

	/** The id of a stored check and whether it corrected an earlier one. */
	public record Stored(UUID id, boolean corrected) {
	}

	public DailyCheck check(UUID id) {
		return jdbc.sql(SELECT + " WHERE h.id = :id").param("id", id).query((rs, n) -> check(rs, n)).single();
	}

	/** The checks of a class on a day, by child name and session. */
	public List<DailyCheck> ofClass(UUID classId, LocalDate day) {
		return jdbc.sql(SELECT + " WHERE h.class_id = :class AND h.day = :day ORDER BY c.name, h.session")
			.param("class", classId).param("day", day).query((rs, n) -> check(rs, n)).list();
	}

	/**
	 * Holds the class's outbreak counting until the transaction ends, so that concurrent checks
	 * of one class count each other's cases.
	 */
	public void lockClass(UUID classId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
			.param("key", classId.getMostSignificantBits() ^ classId.getLeastSignificantBits())
			.query((rs, n) -> 1)
			.single();
	}

	/**
	 * Children of a class seen with the symptom, and the days, from {@code first} to {@code last};
	 * cases behind a signal already closed for the class and symptom count no more, so a handled
	 * signal opens again only from new cases.
	 */
	public List<OutbreakPolicy.Case> cases(UUID classId, Symptom symptom, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				SELECT DISTINCT c.child_id, c.day FROM health_daily_check c
				WHERE c.class_id = :class AND :symptom = ANY (c.symptoms) AND c.day BETWEEN :first AND :last
				  AND NOT EXISTS (SELECT 1 FROM health_outbreak_case k JOIN health_outbreak_signal s ON s.id = k.signal_id
				    WHERE s.class_id = :class AND s.symptom = :symptom AND s.status = 'CLOSED'
				      AND k.child_id = c.child_id AND k.day = c.day)
				""").param("class", classId).param("symptom", symptom.name()).param("first", first).param("last", last)
			.query((rs, n) -> new OutbreakPolicy.Case(rs.getObject("child_id", UUID.class),
					rs.getObject("day", LocalDate.class)))
			.list();
	}

	private static Set<Symptom> symptoms(Array array) throws SQLException {
		Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
		if (array != null) {
			for (String name : (String[]) array.getArray()) {
				symptoms.add(Symptom.valueOf(name));
			}
		}
		return symptoms;
	}

	private DailyCheck check(ResultSet rs, int n) throws SQLException {
		return new DailyCheck(rs.getObject("id", UUID.class),
			rs.getObject("child_id", UUID.class), rs.getString("child_name"), rs.getObject("institution_id", UUID.class),
			rs.getObject("class_id", UUID.class), rs.getObject("day", LocalDate.class),
			CheckSession.valueOf(rs.getString("session")), rs.getBigDecimal("temperature"), symptoms(rs.getArray("symptoms")),
			rs.getString("note"), CheckOutcome.valueOf(rs.getString("outcome")), rs.getString("checked_by_name"),
			rs.getObject("checked_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toOffsetDateTime());
	}
}
