package org.tuoyu.health.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.health.Reexamination;

/** Storage of re-examinations. */
@Repository
public class ReexaminationRows {

	private final JdbcClient jdbc;

	ReexaminationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID childId, UUID institutionId, String divisionCode, LocalDate examinedOn,
			boolean passed, String note, UUID recordedBy) {
		jdbc.sql("""
				INSERT INTO health_reexamination (id, child_id, institution_id, division_code, examined_on, passed, note,
				  recorded_by) VALUES (:id, :child, :institution, :division, :on, :passed, :note, :by)
				""").param("id", id).param("child", childId).param("institution", institutionId)
			.param("division", divisionCode).param("on", examinedOn).param("passed", passed).param("note", note)
			.param("by", recordedBy).update();
	}

	/** An institution's re-examinations, newest first. */
	public List<Reexamination> ofInstitution(UUID institutionId) {
		return jdbc.sql("""
				SELECT r.id, r.child_id, c.name, r.examined_on, r.passed, r.note FROM health_reexamination r
				JOIN family_child c ON c.id = r.child_id WHERE r.institution_id = :institution
				ORDER BY r.examined_on DESC, r.recorded_at DESC
				""").param("institution", institutionId)
			.query((rs, n) -> new Reexamination(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
					rs.getString("name"), rs.getObject("examined_on", LocalDate.class), rs.getBoolean("passed"),
					rs.getString("note")))
			.list();
	}

	/** Whether the child passed a re-examination on or after the day. */
	public boolean passedSince(UUID childId, LocalDate since) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM health_reexamination WHERE child_id = :child AND passed AND examined_on >= :since)
				""").param("child", childId).param("since", since).query(Boolean.class).single();
	}
}
