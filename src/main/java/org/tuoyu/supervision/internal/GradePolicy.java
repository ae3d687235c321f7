package org.tuoyu.supervision.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.supervision.Grade;
import org.tuoyu.supervision.GradingRules;
import org.tuoyu.supervision.QualityAssessmentDimension;

/** Checks assessment scores against the dimensions' points and maps a total to a grade by the configured bands. */
@Component
public class GradePolicy {

	private final GradingRules rules;

	public GradePolicy(GradingRules rules) {
		this.rules = rules;
	}

	/** The grade of a total: the first grade (best first) whose lowest total it reaches, else the last. */
	public Grade grade(int total) {
		for (Grade grade : Grade.values()) {
			Integer from = rules.gradeFrom().get(grade);
			if (from != null && total >= from) {
				return grade;
			}
		}
		return Grade.values()[Grade.values().length - 1];
	}

	/**
	 * Checks each given score lies within 0 and its dimension's points ({@code maxPoints}, as frozen
	 * when the assessment started); with {@code complete}, also that every dimension has one.
	 * @throws BusinessRuleException naming the field {@code scores[DIMENSION]}
	 */
	public void check(Map<QualityAssessmentDimension, Integer> scores, Map<QualityAssessmentDimension, Integer> maxPoints,
			boolean complete) {
		for (QualityAssessmentDimension dimension : QualityAssessmentDimension.values()) {
			Integer score = scores.get(dimension);
			String field = "scores[" + dimension.name() + "]";
			if (score == null) {
				if (complete) {
					throw new BusinessRuleException(field, "supervision.grading.scoreMissing");
				}
				continue;
			}
			int max = maxPoints.getOrDefault(dimension, 0);
			if (score < 0 || score > max) {
				throw new BusinessRuleException(field, "supervision.grading.scoreRange", max);
			}
		}
	}

	public GradingRules rules() {
		return rules;
	}
}
