package org.tuoyu.supervision;

/**
 * One dimension of a quality assessment.
 *
 * @param dimension the WS/T 821 dimension
 * @param maxPoints its points when the assessment started
 * @param selfScore the institution's score, {@code null} until given
 * @param note the institution's note
 * @param reviewedScore the regulator's score, {@code null} until reviewed
 * @param reviewComment the regulator's comment
 */
public record QualityAssessmentScore(QualityAssessmentDimension dimension, int maxPoints, Integer selfScore, String note,
		Integer reviewedScore, String reviewComment) {

	public String messageKey() {
		return dimension.messageKey();
	}
}
