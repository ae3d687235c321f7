package org.tuoyu.health.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.health.Immunisation;
import org.tuoyu.health.ImmunisationStatus;
import org.tuoyu.health.StoredDocument;

/** Storage of immunisation statuses, one per child. */
@Repository
public class ImmunisationRows {

	private static final String COLUMNS = """
			SELECT m.child_id, c.name, m.status, m.vaccines, m.catch_up_due, m.recorded_on,
			  m.certificate_type IS NOT NULL AS has_certificate, m.reminder_sent_at, m.institution_id
			FROM health_immunisation m JOIN family_child c ON c.id = m.child_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ImmunisationRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** A status to store; a null certificate keeps the one on file. */
	public record Row(UUID childId, UUID institutionId, String divisionCode, ImmunisationStatus status, String vaccines,
			LocalDate catchUpDue, LocalDate recordedOn, byte[] certificate, String certificateType, UUID recordedBy) {
	}

	/** Stores the child's status, replacing an earlier one; reminders start afresh. */
	public void save(Row row) {
		jdbc.sql("""
				INSERT INTO health_immunisation (child_id, institution_id, division_code, status, vaccines, catch_up_due,
				  recorded_on, certificate, certificate_type, recorded_by)
				VALUES (:child, :institution, :division, :status, :vaccines, :due, :on, :certificate, :type, :by)
				ON CONFLICT (child_id) DO UPDATE SET institution_id = EXCLUDED.institution_id,
				  division_code = EXCLUDED.division_code, status = EXCLUDED.status, vaccines = EXCLUDED.vaccines,
				  catch_up_due = EXCLUDED.catch_up_due, recorded_on = EXCLUDED.recorded_on,
				  certificate = coalesce(EXCLUDED.certificate, health_immunisation.certificate),
				  certificate_type = coalesce(EXCLUDED.certificate_type, health_immunisation.certificate_type),
				  recorded_by = EXCLUDED.recorded_by, recorded_at = :now, reminder_sent_at = NULL
				""").param("now", OffsetDateTime.now(clock)).param("child", row.childId()).param("institution", row.institutionId())
			.param("division", row.divisionCode()).param("status", row.status().name()).param("vaccines", row.vaccines())
			.param("due", row.catchUpDue()).param("on", row.recordedOn()).param("certificate", row.certificate())
			.param("type", row.certificateType()).param("by", row.recordedBy()).update();
	}

	public Optional<Immunisation> ofChild(UUID childId) {
		return jdbc.sql(COLUMNS + " WHERE m.child_id = :child").param("child", childId)
			.query(ImmunisationRows::immunisation).optional();
	}

	/** The statuses recorded at an institution, by child name. */
	public List<Immunisation> ofInstitution(UUID institutionId) {
		return jdbc.sql(COLUMNS + " WHERE m.institution_id = :institution ORDER BY c.name")
			.param("institution", institutionId).query(ImmunisationRows::immunisation).list();
	}

	public Optional<StoredDocument> certificate(UUID childId) {
		return jdbc.sql("SELECT certificate, certificate_type FROM health_immunisation WHERE child_id = :child"
				+ " AND certificate IS NOT NULL")
			.param("child", childId).query((rs, n) -> new StoredDocument(rs.getBytes(1), rs.getString(2))).optional();
	}

	/**
	 * Claims the catch-ups due to be reminded of: due on or before {@code dueBy}, never reminded or
	 * last reminded on or before {@code remindedBefore}; marked reminded at {@code now} in the same
	 * statement, so two nodes never remind of the same one.
	 */
	public List<Immunisation> claimReminders(LocalDate dueBy, Instant remindedBefore, Instant now) {
		return jdbc.sql("""
				WITH claimed AS (
				  UPDATE health_immunisation SET reminder_sent_at = :now
				  WHERE status = 'CATCH_UP_NEEDED' AND catch_up_due <= :dueBy
				    AND (reminder_sent_at IS NULL OR reminder_sent_at <= :before)
				  RETURNING child_id, status, vaccines, catch_up_due, recorded_on, certificate_type, reminder_sent_at, institution_id)
				SELECT m.child_id, c.name, m.status, m.vaccines, m.catch_up_due, m.recorded_on,
				  m.certificate_type IS NOT NULL AS has_certificate, m.reminder_sent_at, m.institution_id
				FROM claimed m JOIN family_child c ON c.id = m.child_id ORDER BY m.catch_up_due
				""").param("now", utc(now)).param("dueBy", dueBy).param("before", utc(remindedBefore))
			.query(ImmunisationRows::immunisation).list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Immunisation immunisation(ResultSet rs, int n) throws SQLException {
		return new Immunisation(rs.getObject("child_id", UUID.class), rs.getString("name"),
				ImmunisationStatus.valueOf(rs.getString("status")), rs.getString("vaccines"),
				rs.getObject("catch_up_due", LocalDate.class), rs.getObject("recorded_on", LocalDate.class),
				rs.getBoolean("has_certificate"), rs.getObject("reminder_sent_at", OffsetDateTime.class),
				rs.getObject("institution_id", UUID.class));
	}
}
