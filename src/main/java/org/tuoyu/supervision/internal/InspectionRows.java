package org.tuoyu.supervision.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.supervision.ChecklistDimension;
import org.tuoyu.supervision.ChecklistItem;
import org.tuoyu.supervision.ChecklistResult;
import org.tuoyu.supervision.Finding;
import org.tuoyu.supervision.FindingSeverity;
import org.tuoyu.supervision.InspectionOutcome;
import org.tuoyu.supervision.InspectionPhoto;
import org.tuoyu.supervision.InspectionSource;
import org.tuoyu.supervision.InspectionStatus;
import org.tuoyu.supervision.InspectionSummary;
import org.tuoyu.supervision.PhotoContent;

/** Storage of inspections, their checklist snapshots, findings and evidence photos. */
@Repository
public class InspectionRows {

	private static final String SUMMARY = """
			SELECT i.id, i.institution_id, i.institution_name, i.division_code, i.source, i.status, i.due_on, i.outcome,
			  i.concluded_on, i.publication_due_on, p.published_on,
			  ARRAY(SELECT account_id FROM supervision_inspection_inspector s WHERE s.inspection_id = i.id
			        ORDER BY account_id) AS inspectors
			FROM supervision_inspection i LEFT JOIN supervision_publication p ON p.inspection_id = i.id
			""";

	private final JdbcClient jdbc;

	InspectionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new inspection; which drawn one already exists is reported as false and nothing is written. */
	public boolean insert(UUID id, UUID institutionId, String institutionName, String divisionCode,
			InspectionSource source, UUID drawId, String reason, LocalDate dueOn, String checklistVersion,
			UUID createdBy) {
		return jdbc.sql("""
				INSERT INTO supervision_inspection (id, institution_id, institution_name, division_code, source, draw_id,
				  reason, status, due_on, checklist_version, created_by)
				VALUES (:id, :institution, :name, :division, :source, :draw, :reason, 'SCHEDULED', :due, :version, :by)
				ON CONFLICT (draw_id, institution_id) DO NOTHING
				""").param("id", id).param("institution", institutionId).param("name", institutionName)
			.param("division", divisionCode).param("source", source.name()).param("draw", drawId)
			.param("reason", reason).param("due", dueOn).param("version", checklistVersion).param("by", createdBy)
			.update() == 1;
	}

	public void insertInspectors(UUID id, List<UUID> accountIds) {
		for (UUID account : accountIds) {
			jdbc.sql("""
					INSERT INTO supervision_inspection_inspector (inspection_id, account_id) VALUES (:id, :account)
					ON CONFLICT DO NOTHING
					""").param("id", id).param("account", account).update();
		}
	}

	public void insertItems(UUID id, List<ChecklistItem> items) {
		for (ChecklistItem item : items) {
			jdbc.sql("""
					INSERT INTO supervision_inspection_item (inspection_id, code, position, dimension, text_zh, text_en)
					VALUES (:id, :code, :position, :dimension, :zh, :en)
					""").param("id", id).param("code", item.code()).param("position", item.position())
				.param("dimension", item.dimension().name()).param("zh", item.textZh()).param("en", item.textEn())
				.update();
		}
	}

	public Optional<InspectionSummary> summary(UUID id) {
		return jdbc.sql(SUMMARY + " WHERE i.id = :id").param("id", id).query(InspectionRows::summary).optional();
	}

	/** Locks the inspection row until the transaction ends; its status, if it exists. */
	public Optional<InspectionStatus> lock(UUID id) {
		return jdbc.sql("SELECT status FROM supervision_inspection WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(InspectionStatus::valueOf);
	}

	/**
	 * Inspections in a division subtree, optionally only one inspector's, of a status or outcome;
	 * scheduled first by due day, then the newest concluded.
	 */
	public List<InspectionSummary> list(String divisionPrefix, UUID inspector, InspectionStatus status,
			InspectionOutcome outcome, boolean unpublishedOnly) {
		return jdbc.sql(SUMMARY + """
				 WHERE starts_with(i.division_code, :division)
				   AND (CAST(:inspector AS uuid) IS NULL OR EXISTS (SELECT 1 FROM supervision_inspection_inspector s
				        WHERE s.inspection_id = i.id AND s.account_id = :inspector))
				   AND (CAST(:status AS text) IS NULL OR i.status = :status)
				   AND (CAST(:outcome AS text) IS NULL OR i.outcome = :outcome)
				   AND (NOT :unpublished OR (i.status = 'CONCLUDED' AND p.published_on IS NULL))
				 ORDER BY i.status DESC, CASE WHEN i.status = 'SCHEDULED' THEN i.due_on END,
				   i.concluded_on DESC NULLS LAST, i.id DESC
				 LIMIT 500
				""").param("division", divisionPrefix).param("inspector", inspector)
			.param("status", status == null ? null : status.name())
			.param("outcome", outcome == null ? null : outcome.name())
			.param("unpublished", unpublishedOnly)
			.query(InspectionRows::summary)
			.list();
	}

	/** Concluded results not published by their deadline in a division subtree. */
	public int overduePublications(String divisionPrefix, LocalDate today) {
		return jdbc.sql("""
				SELECT count(*) FROM supervision_inspection i
				WHERE starts_with(i.division_code, :division) AND i.status = 'CONCLUDED' AND i.publication_due_on < :today
				  AND NOT EXISTS (SELECT 1 FROM supervision_publication p WHERE p.inspection_id = i.id)
				""").param("division", divisionPrefix).param("today", today).query(Integer.class).single();
	}

	public Optional<String> reason(UUID id) {
		return jdbc.sql("SELECT coalesce(reason, '') FROM supervision_inspection WHERE id = :id")
			.param("id", id).query(String.class).optional();
	}

	public String conclusion(UUID id) {
		return jdbc.sql("SELECT conclusion FROM supervision_inspection WHERE id = :id")
			.param("id", id).query(String.class).optional().orElse(null);
	}

	public String checklistVersion(UUID id) {
		return jdbc.sql("SELECT checklist_version FROM supervision_inspection WHERE id = :id")
			.param("id", id).query(String.class).single();
	}

	public List<ChecklistItem> items(UUID id) {
		return jdbc.sql("SELECT * FROM supervision_inspection_item WHERE inspection_id = :id ORDER BY position")
			.param("id", id)
			.query((rs, n) -> new ChecklistItem(rs.getString("code"), rs.getInt("position"),
					ChecklistDimension.valueOf(rs.getString("dimension")), rs.getString("text_zh"),
					rs.getString("text_en"),
					rs.getString("result") == null ? null : ChecklistResult.valueOf(rs.getString("result")),
					rs.getString("note")))
			.list();
	}

	/** Sets an item's result and note; whether the item exists. */
	public boolean updateItem(UUID id, String code, ChecklistResult result, String note) {
		return jdbc.sql("""
				UPDATE supervision_inspection_item SET result = :result, note = :note
				WHERE inspection_id = :id AND code = :code
				""").param("result", result.name()).param("note", note).param("id", id).param("code", code)
			.update() == 1;
	}

	public List<Finding> findings(UUID id) {
		return jdbc.sql("""
				SELECT f.id, f.item_code, t.dimension, f.severity, f.description FROM supervision_finding f
				JOIN supervision_inspection_item t ON t.inspection_id = f.inspection_id AND t.code = f.item_code
				WHERE f.inspection_id = :id ORDER BY t.position, f.created_at, f.id
				""").param("id", id).query(InspectionRows::finding).list();
	}

	public void insertFinding(UUID id, UUID inspectionId, String itemCode, FindingSeverity severity,
			String description) {
		jdbc.sql("""
				INSERT INTO supervision_finding (id, inspection_id, item_code, severity, description)
				VALUES (:id, :inspection, :code, :severity, :description)
				""").param("id", id).param("inspection", inspectionId).param("code", itemCode)
			.param("severity", severity.name()).param("description", description).update();
	}

	/** Removes a finding of the inspection; whether it existed. */
	public boolean deleteFinding(UUID inspectionId, UUID findingId) {
		return jdbc.sql("DELETE FROM supervision_finding WHERE id = :id AND inspection_id = :inspection")
			.param("id", findingId).param("inspection", inspectionId).update() == 1;
	}

	public void insertPhoto(UUID id, UUID inspectionId, String itemCode, UUID rectificationId, String contentType,
			byte[] content, UUID uploadedBy) {
		jdbc.sql("""
				INSERT INTO supervision_inspection_photo (id, inspection_id, item_code, rectification_id, content_type,
				  content, uploaded_by)
				VALUES (:id, :inspection, :item, :order, :type, :content, :by)
				""").param("id", id).param("inspection", inspectionId).param("item", itemCode)
			.param("order", rectificationId).param("type", contentType).param("content", content)
			.param("by", uploadedBy).update();
	}

	/** Photos already stored for an item, or for a rectification answer when the item is {@code null}. */
	public int photoCount(UUID inspectionId, String itemCode, UUID rectificationId) {
		return jdbc.sql("""
				SELECT count(*) FROM supervision_inspection_photo WHERE inspection_id = :inspection
				  AND (item_code = :item OR rectification_id = :order)
				""").param("inspection", inspectionId).param("item", itemCode).param("order", rectificationId)
			.query(Integer.class).single();
	}

	public List<InspectionPhoto> photos(UUID inspectionId) {
		return jdbc.sql("""
				SELECT id, item_code, rectification_id FROM supervision_inspection_photo
				WHERE inspection_id = :inspection ORDER BY uploaded_at, id
				""").param("inspection", inspectionId)
			.query((rs, n) -> new InspectionPhoto(rs.getObject("id", UUID.class), rs.getString("item_code"),
					rs.getObject("rectification_id", UUID.class)))
			.list();
	}

	public Optional<PhotoContent> photo(UUID inspectionId, UUID photoId) {
		return jdbc.sql("""
				SELECT content_type, content FROM supervision_inspection_photo WHERE id = :id AND inspection_id = :inspection
				""").param("id", photoId).param("inspection", inspectionId)
			.query((rs, n) -> new PhotoContent(rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	public void conclude(UUID id, InspectionOutcome outcome, String conclusion, LocalDate on, UUID by,
			LocalDate publicationDueOn) {
		jdbc.sql("""
				UPDATE supervision_inspection SET status = 'CONCLUDED', outcome = :outcome, conclusion = :conclusion,
				  concluded_on = :on, concluded_by = :by, publication_due_on = :due
				WHERE id = :id AND status = 'SCHEDULED'
				""").param("outcome", outcome.name()).param("conclusion", conclusion).param("on", on).param("by", by)
			.param("due", publicationDueOn).param("id", id).update();
	}

	/** Minor and serious findings per institution concluded since a day, for the risk signal. */
	public List<FindingCounts> findingCounts(List<UUID> institutionIds, LocalDate since, LocalDate asOf) {
		if (institutionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT i.institution_id, count(*) FILTER (WHERE f.severity = 'MINOR') AS minor,
				  count(*) FILTER (WHERE f.severity = 'SERIOUS') AS serious
				FROM supervision_inspection i JOIN supervision_finding f ON f.inspection_id = i.id
				WHERE i.status = 'CONCLUDED' AND i.concluded_on > :since AND i.concluded_on <= :asOf
				  AND i.institution_id = ANY(:ids)
				GROUP BY i.institution_id
				""").param("since", since).param("asOf", asOf).param("ids", institutionIds.toArray(UUID[]::new))
			.query((rs, n) -> new FindingCounts(rs.getObject("institution_id", UUID.class), rs.getInt("minor"),
					rs.getInt("serious")))
			.list();
	}

	/** Findings of one institution by severity. */
	public record FindingCounts(UUID institutionId, int minor, int serious) {
	}

	static Finding finding(ResultSet rs, int n) throws SQLException {
		return new Finding(rs.getObject("id", UUID.class), rs.getString("item_code"),
				ChecklistDimension.valueOf(rs.getString("dimension")), FindingSeverity.valueOf(rs.getString("severity")),
				rs.getString("description"));
	}

	private static InspectionSummary summary(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		return new InspectionSummary(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
				rs.getString("institution_name"), rs.getString("division_code"),
				InspectionSource.valueOf(rs.getString("source")), InspectionStatus.valueOf(rs.getString("status")),
				rs.getObject("due_on", LocalDate.class), uuids(rs.getArray("inspectors")),
				outcome == null ? null : InspectionOutcome.valueOf(outcome), rs.getObject("concluded_on", LocalDate.class),
				rs.getObject("publication_due_on", LocalDate.class), rs.getObject("published_on", LocalDate.class));
	}

	static List<UUID> uuids(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return new ArrayList<>(Arrays.asList((UUID[]) array.getArray()));
	}
}
