package org.tuoyu.supervision;

import java.util.Map;

/**
 * Scores with a note or comment per dimension: the institution's self-assessment or the
 * regulator's review. A dimension left out keeps no score.
 *
 * @param scores the score of each dimension, 0 to its maximum points
 * @param notes the note (self-assessment) or comment (review) of each dimension, optional
 */
public record QualityAssessmentInput(Map<QualityAssessmentDimension, Integer> scores,
		Map<QualityAssessmentDimension, String> notes) {

	public QualityAssessmentInput {
		scores = scores == null ? Map.of() : scores;
		notes = notes == null ? Map.of() : notes;
	}
}
