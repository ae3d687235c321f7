package org.tuoyu.health;

import java.util.Optional;

/**
 * A measurement compared with the WHO Child Growth Standards: the child's age in days on the day
 * of the measurement and one z-score per indicator, each {@code null} where its measures are
 * missing or the standard does not cover the child (age from 60 months, a length outside the
 * weight-for-length/height table).
 *
 * @param ageDays whole days from birth to the measurement
 * @param weightForAge weight-for-age
 * @param lengthForAge length-for-age under two years, height-for-age from two
 * @param weightForLength weight-for-length under two years, weight-for-height from two
 * @param bmiForAge BMI-for-age, the BMI from the weight and the corrected length or height
 * @param headCircumferenceForAge head circumference-for-age
 */
public record GrowthAssessment(int ageDays, ZScore weightForAge, ZScore lengthForAge, ZScore weightForLength,
		ZScore bmiForAge, ZScore headCircumferenceForAge) {

	/** The result of one indicator, if it was evaluated. */
	public Optional<ZScore> of(GrowthIndicator indicator) {
		return Optional.ofNullable(switch (indicator) {
			case WEIGHT_FOR_AGE -> weightForAge;
			case LENGTH_FOR_AGE -> lengthForAge;
			case WEIGHT_FOR_LENGTH -> weightForLength;
			case BMI_FOR_AGE -> bmiForAge;
			case HEAD_CIRCUMFERENCE_FOR_AGE -> headCircumferenceForAge;
		});
	}
}
