package org.tuoyu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A quality assessment of an institution for a year.
 *
 * @param id the assessment
 * @param institutionId the institution
 * @param institutionName its name
 * @param divisionCode its street-level division
 * @param year the year assessed
 * @param status where it stands
 * @param selfTotal the self-assessed total, once every dimension is scored
 * @param reviewedTotal the reviewed total, once reviewed
 * @param grade the grade, once approved
 * @param reviewComment the regulator's overall comment (the reason when returned)
 * @param submittedAt when it was last submitted
 * @param reviewedByName who reviewed it last
 * @param approvedOn the day it was approved, the published grade's date
 * @param scores the 7 dimensions in standard order
 */
public record QualityAssessment(UUID id, UUID institutionId, String institutionName, String divisionCode, int year,
		QualityAssessmentStatus status, Integer selfTotal, Integer reviewedTotal, Grade grade, String reviewComment,
		Instant submittedAt, String reviewedByName, LocalDate approvedOn, List<QualityAssessmentScore> scores) {

	public QualityAssessment {
		scores = List.copyOf(scores);
	}

	/** The same assessment with the institution's name. */
	public QualityAssessment named(String name) {
		return new QualityAssessment(id, institutionId, name, divisionCode, year, status, selfTotal, reviewedTotal, grade,
				reviewComment, submittedAt, reviewedByName, approvedOn, scores);
	}
}
