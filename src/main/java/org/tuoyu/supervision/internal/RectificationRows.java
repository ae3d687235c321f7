package org.tuoyu.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.supervision.ChecklistDimension;
import org.tuoyu.supervision.Finding;
import org.tuoyu.supervision.FindingSeverity;
import org.tuoyu.supervision.RectificationOrder;
import org.tuoyu.supervision.RectificationStatus;

/** Storage of rectification orders. */
@Repository
public class RectificationRows {

	private static final String SELECT = """
			SELECT r.*, i.institution_name, f.item_code, t.dimension, f.severity, f.description,
			  ARRAY(SELECT p.id FROM supervision_inspection_photo p WHERE p.rectification_id = r.id
			        ORDER BY p.uploaded_at, p.id) AS photos
			FROM supervision_rectification r JOIN supervision_inspection i ON i.id = r.inspection_id
			JOIN supervision_finding f ON f.id = r.finding_id
			JOIN supervision_inspection_item t ON t.inspection_id = f.inspection_id AND t.code = f.item_code
			""";

	private static final String ORDER = " ORDER BY r.status IN ('CLOSED', 'ESCALATED'), r.deadline, r.id";

	private final JdbcClient jdbc;

	RectificationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID findingId, UUID inspectionId, UUID institutionId, String divisionCode,
			LocalDate issuedOn, LocalDate deadline) {
		jdbc.sql("""
				INSERT INTO supervision_rectification (id, finding_id, inspection_id, institution_id, division_code,
				  issued_on, deadline, status)
				VALUES (:id, :finding, :inspection, :institution, :division, :issued, :deadline, 'OPEN')
				""").param("id", id).param("finding", findingId).param("inspection", inspectionId)
			.param("institution", institutionId).param("division", divisionCode).param("issued", issuedOn)
			.param("deadline", deadline).update();
	}

	public Optional<RectificationOrder> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(RectificationRows::order).optional();
	}

	/** Locks the order until the transaction ends; its status, if it exists. */
	public Optional<RectificationStatus> lock(UUID id) {
		return jdbc.sql("SELECT status FROM supervision_rectification WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(RectificationStatus::valueOf);
	}

	public List<RectificationOrder> ofInspection(UUID inspectionId) {
		return jdbc.sql(SELECT + " WHERE r.inspection_id = :id" + ORDER).param("id", inspectionId)
			.query(RectificationRows::order).list();
	}

	public List<RectificationOrder> ofInstitution(UUID institutionId) {
		return jdbc.sql(SELECT + " WHERE r.institution_id = :id" + ORDER).param("id", institutionId)
			.query(RectificationRows::order).list();
	}

	/** Orders in a division subtree, optionally only of one inspector's inspections; unsettled first. */
	public List<RectificationOrder> inDivision(String divisionPrefix, UUID inspector) {
		return jdbc.sql(SELECT + """
				 WHERE starts_with(r.division_code, :division)
				   AND (CAST(:inspector AS uuid) IS NULL OR EXISTS (SELECT 1 FROM supervision_inspection_inspector s
				        WHERE s.inspection_id = r.inspection_id AND s.account_id = :inspector))
				""" + ORDER + " LIMIT 500").param("division", divisionPrefix).param("inspector", inspector)
			.query(RectificationRows::order).list();
	}

	public void answer(UUID id, String answer, LocalDate on, UUID by) {
		jdbc.sql("""
				UPDATE supervision_rectification SET status = 'ANSWERED', answer = :answer, answered_on = :on,
				  answered_by = :by WHERE id = :id
				""").param("answer", answer).param("on", on).param("by", by).param("id", id).update();
	}

	/** Sets the status with the inspector's comment; {@code decidedOn} only for a final decision. */
	public void decide(UUID id, RectificationStatus status, String comment, LocalDate decidedOn, UUID by) {
		jdbc.sql("""
				UPDATE supervision_rectification SET status = :status, review_comment = :comment, decided_on = :on,
				  decided_by = :by WHERE id = :id
				""").param("status", status.name()).param("comment", comment).param("on", decidedOn).param("by", by)
			.param("id", id).update();
	}

	private static RectificationOrder order(ResultSet rs, int n) throws SQLException {
		return new RectificationOrder(rs.getObject("id", UUID.class), rs.getObject("inspection_id", UUID.class),
				rs.getObject("institution_id", UUID.class), rs.getString("institution_name"), rs.getString("division_code"),
				new Finding(rs.getObject("finding_id", UUID.class), rs.getString("item_code"),
						ChecklistDimension.valueOf(rs.getString("dimension")),
						FindingSeverity.valueOf(rs.getString("severity")), rs.getString("description")),
				rs.getObject("issued_on", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), RectificationStatus.valueOf(rs.getString("status")),
				rs.getString("answer"), rs.getObject("answered_on", LocalDate.class), rs.getString("review_comment"),
				rs.getObject("decided_on", LocalDate.class), InspectionRows.uuids(rs.getArray("photos")));
	}
}
