package org.tuoyu.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.platform.PublicReads;
import org.tuoyu.supervision.ChecklistDimension;
import org.tuoyu.supervision.InspectionOutcome;
import org.tuoyu.supervision.PublishedInspection;
import org.tuoyu.supervision.PublishedInspection.DimensionFindings;

/**
 * Storage of published results. A published row copies what the public sees of the concluded
 * (read-only) inspection; the findings by dimension and the rectification progress are read live.
 * Reads go through the public read-only pool, as anonymous visitors make them.
 */
@Repository
public class PublicationRows {

	private static final String SELECT = """
			SELECT p.*,
			  (SELECT count(*) FROM supervision_rectification r WHERE r.inspection_id = p.inspection_id) AS orders,
			  (SELECT count(*) FROM supervision_rectification r WHERE r.inspection_id = p.inspection_id
			     AND r.status = 'CLOSED') AS closed,
			  (SELECT count(*) FROM supervision_rectification r WHERE r.inspection_id = p.inspection_id
			     AND r.status = 'ESCALATED') AS escalated
			FROM supervision_publication p
			""";

	private static final String FILTER = """
			 WHERE (CAST(:division AS text) IS NULL OR starts_with(p.division_code, :division))
			   AND (CAST(:outcome AS text) IS NULL OR p.outcome = :outcome)
			""";

	private final JdbcClient jdbc;

	private final JdbcClient reads;

	PublicationRows(JdbcClient jdbc, PublicReads reads) {
		this.jdbc = jdbc;
		this.reads = reads.jdbc();
	}

	/** Publishes a concluded inspection; false when it was already published (nothing written). */
	public boolean insert(UUID inspectionId, LocalDate publishedOn, UUID publishedBy) {
		return jdbc.sql("""
				INSERT INTO supervision_publication (inspection_id, institution_id, institution_name, division_code,
				  inspected_on, outcome, minor_findings, serious_findings, published_on, published_by)
				SELECT i.id, i.institution_id, i.institution_name, i.division_code, i.concluded_on, i.outcome,
				  (SELECT count(*) FROM supervision_finding f WHERE f.inspection_id = i.id AND f.severity = 'MINOR'),
				  (SELECT count(*) FROM supervision_finding f WHERE f.inspection_id = i.id AND f.severity = 'SERIOUS'),
				  :on, :by
				FROM supervision_inspection i WHERE i.id = :id AND i.status = 'CONCLUDED'
				ON CONFLICT (inspection_id) DO NOTHING
				""").param("id", inspectionId).param("on", publishedOn).param("by", publishedBy).update() == 1;
	}

	/** One page of results, newest first, in a division subtree and of an outcome when given (public pool). */
	public List<PublishedInspection> page(String divisionPrefix, InspectionOutcome outcome, int offset, int limit) {
		return reads.sql(SELECT + FILTER + " ORDER BY p.published_on DESC, p.inspection_id DESC LIMIT :limit OFFSET :offset")
			.param("division", divisionPrefix).param("outcome", outcome == null ? null : outcome.name())
			.param("limit", limit).param("offset", offset)
			.query(this::published).list();
	}

	public long count(String divisionPrefix, InspectionOutcome outcome) {
		return reads.sql("SELECT count(*) FROM supervision_publication p" + FILTER)
			.param("division", divisionPrefix).param("outcome", outcome == null ? null : outcome.name())
			.query(Long.class).single();
	}

	/** The latest results of an institution, newest first. */
	public List<PublishedInspection> latestOf(UUID institutionId, int limit) {
		return reads.sql(SELECT + " WHERE p.institution_id = :institution ORDER BY p.inspected_on DESC, p.inspection_id DESC LIMIT :limit")
			.param("institution", institutionId).param("limit", limit)
			.query(this::published).list();
	}

	private PublishedInspection published(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("inspection_id", UUID.class);
		return new PublishedInspection(id, rs.getObject("institution_id", UUID.class), rs.getString("institution_name"),
				rs.getString("division_code"), rs.getObject("inspected_on", LocalDate.class),
				InspectionOutcome.valueOf(rs.getString("outcome")), rs.getInt("minor_findings"),
				rs.getInt("serious_findings"), rs.getObject("published_on", LocalDate.class), byDimension(id),
				rs.getInt("orders"), rs.getInt("closed"), rs.getInt("escalated"));
	}

	private List<DimensionFindings> byDimension(UUID inspectionId) {
		return reads.sql("""
				SELECT t.dimension, count(*) FILTER (WHERE f.severity = 'MINOR') AS minor,
				  count(*) FILTER (WHERE f.severity = 'SERIOUS') AS serious, min(t.position) AS first
				FROM supervision_finding f
				JOIN supervision_inspection_item t ON t.inspection_id = f.inspection_id AND t.code = f.item_code
				WHERE f.inspection_id = :id GROUP BY t.dimension ORDER BY first
				""").param("id", inspectionId)
			.query((rs, n) -> new DimensionFindings(ChecklistDimension.valueOf(rs.getString("dimension")),
					rs.getInt("minor"), rs.getInt("serious")))
			.list();
	}
}
