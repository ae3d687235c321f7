package org.tuoyu.health.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.health.Incident;
import org.tuoyu.health.IncidentType;
import org.tuoyu.health.NewIncident;
import org.tuoyu.health.Severity;

/** Storage of incidents and injuries; times are stored as instants and read back in the city's zone. */
@Repository
public class IncidentRows {

	private static final String SELECT = """
			SELECT x.*, c.name AS child_name, i.name AS institution_name
			FROM health_incident x JOIN family_child c ON c.id = x.child_id
			JOIN institution_institution i ON i.id = x.institution_id
			""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	IncidentRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	public void insert(UUID id, NewIncident incident, UUID institutionId, String divisionCode,
			LocalDateTime reportDeadline, UUID recordedBy) {
		jdbc.sql("""
				INSERT INTO health_incident (id, child_id, institution_id, division_code, type, severity, occurred_at, place,
				  description, first_aid, guardians_told_at, district_told_at, report_deadline, recorded_by)
				VALUES (:id, :child, :institution, :division, :type, :severity, :occurred, :place, :description, :firstAid,
				  :guardians, :district, :deadline, :by)
				""").param("id", id).param("child", incident.childId()).param("institution", institutionId)
			.param("division", divisionCode).param("type", incident.type().name())
			.param("severity", incident.severity().name()).param("occurred", instant(incident.occurredAt()))
			.param("place", incident.place()).param("description", incident.description())
			.param("firstAid", incident.firstAid()).param("guardians", instant(incident.guardiansToldAt()))
			.param("district", instant(incident.districtToldAt())).param("deadline", instant(reportDeadline))
			.param("by", recordedBy).update();
	}

	/** Sets when the district was told, if not yet; whether it changed. */
	public boolean markReported(UUID id, LocalDateTime at) {
		return jdbc.sql("UPDATE health_incident SET district_told_at = :at WHERE id = :id AND district_told_at IS NULL")
			.param("at", instant(at)).param("id", id).update() == 1;
	}

	public Optional<Incident> incident(UUID id) {
		return jdbc.sql(SELECT + " WHERE x.id = :id").param("id", id).query(this::row).optional();
	}

	/** An institution's incidents, newest first. */
	public List<Incident> ofInstitution(UUID institutionId) {
		return jdbc.sql(SELECT + " WHERE x.institution_id = :institution ORDER BY x.occurred_at DESC")
			.param("institution", institutionId).query(this::row).list();
	}

	/** Serious incidents in a division subtree: those still to report first, by deadline, then newest. */
	public List<Incident> seriousInDivision(String divisionPrefix) {
		return jdbc.sql(SELECT + """
				 WHERE x.severity = 'SERIOUS' AND starts_with(x.division_code, :division)
				 ORDER BY x.district_told_at IS NULL DESC, x.report_deadline DESC
				""").param("division", divisionPrefix).query(this::row).list();
	}

	private Incident row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Incident(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getString("child_name"), rs.getObject("institution_id", UUID.class), rs.getString("institution_name"),
				IncidentType.valueOf(rs.getString("type")), Severity.valueOf(rs.getString("severity")),
				local(rs.getObject("occurred_at", OffsetDateTime.class)), rs.getString("place"),
				rs.getString("description"), rs.getString("first_aid"),
				local(rs.getObject("guardians_told_at", OffsetDateTime.class)),
				local(rs.getObject("district_told_at", OffsetDateTime.class)),
				local(rs.getObject("report_deadline", OffsetDateTime.class)));
	}

	private OffsetDateTime instant(LocalDateTime local) {
		return local == null ? null : local.atZone(zone).toOffsetDateTime();
	}

	private LocalDateTime local(OffsetDateTime instant) {
		return instant == null ? null : instant.atZoneSameInstant(zone).toLocalDateTime();
	}
}
