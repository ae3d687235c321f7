package org.tuoyu.health.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.health.Examination;
import org.tuoyu.health.ExaminationKind;
import org.tuoyu.health.HearingResult;
import org.tuoyu.health.StoredDocument;

/** Storage of admission and periodic examinations. */
@Repository
public class ExaminationRows {

	private static final String COLUMNS = """
			SELECT e.id, e.child_id, c.name, e.kind, e.examined_on, e.passed, e.doctor_name, e.facility, e.hearing,
			  e.haemoglobin, e.note, e.document_type IS NOT NULL AS has_document, e.institution_id
			FROM health_examination e JOIN family_child c ON c.id = e.child_id
			""";

	private final JdbcClient jdbc;

	ExaminationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An examination to store. */
	public record Row(UUID id, UUID childId, UUID institutionId, String divisionCode, ExaminationKind kind,
			LocalDate examinedOn, boolean passed, String doctorName, String facility, HearingResult hearing,
			Integer haemoglobin, String note, byte[] document, String documentType, UUID recordedBy) {
	}

	public void insert(Row row) {
		jdbc.sql("""
				INSERT INTO health_examination (id, child_id, institution_id, division_code, kind, examined_on, passed,
				  doctor_name, facility, hearing, haemoglobin, note, document, document_type, recorded_by)
				VALUES (:id, :child, :institution, :division, :kind, :on, :passed, :doctor, :facility, :hearing,
				  :haemoglobin, :note, :document, :type, :by)
				""").param("id", row.id()).param("child", row.childId()).param("institution", row.institutionId())
			.param("division", row.divisionCode()).param("kind", row.kind().name()).param("on", row.examinedOn())
			.param("passed", row.passed()).param("doctor", row.doctorName()).param("facility", row.facility())
			.param("hearing", row.hearing() == null ? null : row.hearing().name()).param("haemoglobin", row.haemoglobin())
			.param("note", row.note()).param("document", row.document()).param("type", row.documentType())
			.param("by", row.recordedBy()).update();
	}

	/** A child's examinations, newest first. */
	public List<Examination> ofChild(UUID childId) {
		return jdbc.sql(COLUMNS + " WHERE e.child_id = :child ORDER BY e.examined_on DESC, e.recorded_at DESC")
			.param("child", childId).query(ExaminationRows::examination).list();
	}

	/** One examination. */
	public Optional<Examination> find(UUID id) {
		return jdbc.sql(COLUMNS + " WHERE e.id = :id").param("id", id).query(ExaminationRows::examination).optional();
	}

	/** The document of an examination, if one is on file. */
	public Optional<StoredDocument> document(UUID id) {
		return jdbc.sql("SELECT document, document_type FROM health_examination WHERE id = :id AND document IS NOT NULL")
			.param("id", id).query((rs, n) -> new StoredDocument(rs.getBytes(1), rs.getString(2))).optional();
	}

	/** Whether the child passed an admission check. */
	public boolean admitted(UUID childId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM health_examination WHERE child_id = :child AND kind = 'ADMISSION' AND passed)
				""").param("child", childId).query(Boolean.class).single();
	}

	/** What the schedule needs of a child: birth date, last examination, whether admitted. */
	public record History(LocalDate birthDate, LocalDate lastExaminedOn, boolean admitted) {
	}

	/** The history of each of the children. */
	public Map<UUID, History> histories(Collection<UUID> childIds) {
		return jdbc.sql("""
				SELECT c.id, c.birth_date, max(e.examined_on), coalesce(bool_or(e.kind = 'ADMISSION' AND e.passed), false)
				FROM family_child c LEFT JOIN health_examination e ON e.child_id = c.id
				WHERE c.id = ANY (:children) GROUP BY c.id
				""").param("children", childIds.toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new History(rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getBoolean(4))))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static Examination examination(ResultSet rs, int n) throws SQLException {
		String hearing = rs.getString("hearing");
		return new Examination(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("name"),
				ExaminationKind.valueOf(rs.getString("kind")), rs.getObject("examined_on", LocalDate.class),
				rs.getBoolean("passed"), rs.getString("doctor_name"), rs.getString("facility"),
				hearing == null ? null : HearingResult.valueOf(hearing), (Integer) rs.getObject("haemoglobin"),
				rs.getString("note"), rs.getBoolean("has_document"), rs.getObject("institution_id", UUID.class));
	}
}
