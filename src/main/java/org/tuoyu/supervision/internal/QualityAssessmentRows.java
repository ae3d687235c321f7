package org.tuoyu.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.supervision.Grade;
import org.tuoyu.supervision.QualityAssessment;
import org.tuoyu.supervision.QualityAssessmentDimension;
import org.tuoyu.supervision.QualityAssessmentScore;
import org.tuoyu.supervision.QualityAssessmentStatus;

/** Quality assessments and their dimension scores. */
@Repository
public class QualityAssessmentRows {

	private final JdbcClient jdbc;

	QualityAssessmentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a draft with every dimension unscored at its current points. */
	public void insert(UUID id, UUID institutionId, String divisionCode, int year,
			Map<QualityAssessmentDimension, Integer> maxPoints, UUID startedBy, Instant now) {
		jdbc.sql("""
				INSERT INTO supervision_assessment (id, institution_id, division_code, year, status, started_by, started_at)
				VALUES (:id, :institution, :division, :year, 'DRAFT', :by, :now)
				""")
			.param("id", id)
			.param("institution", institutionId)
			.param("division", divisionCode)
			.param("year", year)
			.param("by", startedBy)
			.param("now", Timestamp.from(now))
			.update();
		for (QualityAssessmentDimension dimension : QualityAssessmentDimension.values()) {
			jdbc.sql("""
					INSERT INTO supervision_assessment_score (assessment_id, dimension, max_points)
					VALUES (:id, :dimension, :max)
					""").param("id", id).param("dimension", dimension.name()).param("max", maxPoints.get(dimension)).update();
		}
	}

	/** Whether the institution has an open assessment or one for the year. */
	public Optional<QualityAssessmentStatus> blocking(UUID institutionId, int year) {
		return jdbc.sql("""
				SELECT status FROM supervision_assessment
				WHERE institution_id = :institution AND (year = :year OR status IN ('DRAFT', 'SUBMITTED', 'RETURNED'))
				ORDER BY year = :year DESC LIMIT 1
				""")
			.param("institution", institutionId)
			.param("year", year)
			.query((rs, n) -> QualityAssessmentStatus.valueOf(rs.getString("status")))
			.optional();
	}

	/** Locks the assessment until the transaction ends and reads it. */
	public Optional<QualityAssessment> lock(UUID id) {
		return jdbc.sql("SELECT * FROM supervision_assessment WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::assessment)
			.optional();
	}

	public Optional<QualityAssessment> find(UUID id) {
		return jdbc.sql("SELECT * FROM supervision_assessment WHERE id = :id").param("id", id).query(this::assessment)
			.optional();
	}

	/** The institution's assessments, latest year first. */
	public List<QualityAssessment> ofInstitution(UUID institutionId) {
		return withScores(jdbc.sql("SELECT * FROM supervision_assessment WHERE institution_id = :id ORDER BY year DESC")
			.param("id", institutionId)
			.query(QualityAssessmentRows::header)
			.list());
	}

	/** The assessments of a division subtree, optionally of one status, submitted ones first, latest first. */
	public List<QualityAssessment> within(String divisionPrefix, QualityAssessmentStatus status) {
		return withScores(jdbc.sql("""
				SELECT * FROM supervision_assessment
				WHERE starts_with(division_code, :division) AND (CAST(:status AS text) IS NULL OR status = :status)
				ORDER BY status = 'SUBMITTED' DESC, year DESC, submitted_at DESC NULLS LAST, id
				""")
			.param("division", divisionPrefix)
			.param("status", status == null ? null : status.name())
			.query(QualityAssessmentRows::header)
			.list());
	}

	/** The institution's latest approved assessment. */
	public Optional<QualityAssessment> latestApproved(UUID institutionId) {
		return jdbc.sql("""
				SELECT * FROM supervision_assessment WHERE institution_id = :id AND status = 'APPROVED'
				ORDER BY year DESC, approved_on DESC LIMIT 1
				""").param("id", institutionId).query(this::assessment).optional();
	}

	/** Sets the institution's score and note of one dimension. */
	public void selfScore(UUID id, QualityAssessmentDimension dimension, Integer score, String note) {
		jdbc.sql("""
				UPDATE supervision_assessment_score SET self_score = :score, note = :note
				WHERE assessment_id = :id AND dimension = :dimension
				""").param("id", id).param("dimension", dimension.name()).param("score", score).param("note", note).update();
	}

	/** Sets the regulator's score and comment of one dimension. */
	public void reviewedScore(UUID id, QualityAssessmentDimension dimension, Integer score, String comment) {
		jdbc.sql("""
				UPDATE supervision_assessment_score SET reviewed_score = :score, review_comment = :comment
				WHERE assessment_id = :id AND dimension = :dimension
				""")
			.param("id", id)
			.param("dimension", dimension.name())
			.param("score", score)
			.param("comment", comment)
			.update();
	}

	/** Marks it submitted with its self-assessed total. */
	public void submitted(UUID id, int selfTotal, Instant now) {
		jdbc.sql("""
				UPDATE supervision_assessment SET status = 'SUBMITTED', self_total = :total, submitted_at = :now
				WHERE id = :id
				""").param("id", id).param("total", selfTotal).param("now", Timestamp.from(now)).update();
	}

	/** Records the review: approved with a grade, or returned. */
	public void reviewed(UUID id, QualityAssessmentStatus status, Integer reviewedTotal, Grade grade, String comment,
			UUID by, String byName, Instant now, LocalDate approvedOn) {
		jdbc.sql("""
				UPDATE supervision_assessment SET status = :status, reviewed_total = :total, grade = :grade,
				  review_comment = :comment, reviewed_by = :by, reviewed_by_name = :byName, reviewed_at = :now,
				  approved_on = :approvedOn
				WHERE id = :id
				""")
			.param("id", id)
			.param("status", status.name())
			.param("total", reviewedTotal)
			.param("grade", grade == null ? null : grade.name())
			.param("comment", comment)
			.param("by", by)
			.param("byName", byName)
			.param("now", Timestamp.from(now))
			.param("approvedOn", approvedOn)
			.update();
	}

	private QualityAssessment assessment(ResultSet rs, int n) throws SQLException {
		return withScores(List.of(header(rs, n))).get(0);
	}

	/** An assessment row without its scores. */
	private static QualityAssessment header(ResultSet rs, int n) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		String grade = rs.getString("grade");
		return new QualityAssessment(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class), null,
				rs.getString("division_code"), rs.getInt("year"), QualityAssessmentStatus.valueOf(rs.getString("status")),
				(Integer) rs.getObject("self_total"), (Integer) rs.getObject("reviewed_total"),
				grade == null ? null : Grade.valueOf(grade), rs.getString("review_comment"),
				submitted == null ? null : submitted.toInstant(), rs.getString("reviewed_by_name"),
				rs.getObject("approved_on", LocalDate.class), List.of());
	}

	/** The assessments with their scores in standard dimension order, read in one query. */
	private List<QualityAssessment> withScores(List<QualityAssessment> headers) {
		if (headers.isEmpty()) {
			return headers;
		}
		Map<UUID, List<QualityAssessmentScore>> scores = new HashMap<>();
		jdbc.sql("""
				SELECT * FROM supervision_assessment_score WHERE assessment_id = ANY(:ids)
				ORDER BY array_position(:dimensions, dimension)
				""")
			.param("ids", headers.stream().map(QualityAssessment::id).toArray(UUID[]::new))
			.param("dimensions", Arrays.stream(QualityAssessmentDimension.values()).map(Enum::name).toArray(String[]::new))
			.query(rs -> {
				scores.computeIfAbsent(rs.getObject("assessment_id", UUID.class), id -> new ArrayList<>())
					.add(new QualityAssessmentScore(QualityAssessmentDimension.valueOf(rs.getString("dimension")),
							rs.getInt("max_points"), (Integer) rs.getObject("self_score"), rs.getString("note"),
							(Integer) rs.getObject("reviewed_score"), rs.getString("review_comment")));
			});
		return headers.stream()
			.map(a -> new QualityAssessment(a.id(), a.institutionId(), a.institutionName(), a.divisionCode(), a.year(),
					a.status(), a.selfTotal(), a.reviewedTotal(), a.grade(), a.reviewComment(), a.submittedAt(),
					a.reviewedByName(), a.approvedOn(), scores.getOrDefault(a.id(), List.of())))
			.toList();
	}
}
