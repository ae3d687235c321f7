package org.tuoyu.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrowthIndicatorTests {

	@ParameterizedTest
	@CsvSource({ "LENGTH_FOR_AGE, -3.01, SEVERELY_STUNTED", "LENGTH_FOR_AGE, -3.0, STUNTED", "LENGTH_FOR_AGE, -2.01, STUNTED",
			"LENGTH_FOR_AGE, -2.0, NORMAL", "LENGTH_FOR_AGE, 4.0, NORMAL", "WEIGHT_FOR_AGE, -3.01, SEVERELY_UNDERWEIGHT",
			"WEIGHT_FOR_AGE, -2.01, UNDERWEIGHT", "WEIGHT_FOR_AGE, -2.0, NORMAL", "WEIGHT_FOR_AGE, 2.5, NORMAL",
			"WEIGHT_FOR_LENGTH, -3.01, SEVERELY_WASTED", "WEIGHT_FOR_LENGTH, -2.01, WASTED", "WEIGHT_FOR_LENGTH, 2.0, NORMAL",
			"WEIGHT_FOR_LENGTH, 2.01, OVERWEIGHT", "WEIGHT_FOR_LENGTH, 3.0, OVERWEIGHT", "WEIGHT_FOR_LENGTH, 3.01, OBESE",
			"BMI_FOR_AGE, -2.5, WASTED", "BMI_FOR_AGE, 2.5, OVERWEIGHT", "BMI_FOR_AGE, 3.5, OBESE",
			"HEAD_CIRCUMFERENCE_FOR_AGE, -2.01, SMALL_HEAD", "HEAD_CIRCUMFERENCE_FOR_AGE, 2.01, LARGE_HEAD",
			"HEAD_CIRCUMFERENCE_FOR_AGE, 1.99, NORMAL" })
	void cutOffsAreStrict(GrowthIndicator indicator, double z, GrowthClassification expected) {
		assertThat(indicator.classify(z)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "LENGTH_FOR_AGE, -6.01, true", "LENGTH_FOR_AGE, -6.0, false", "LENGTH_FOR_AGE, 6.01, true",
			"LENGTH_FOR_AGE, 5.5, false", "WEIGHT_FOR_AGE, -6.01, true", "WEIGHT_FOR_AGE, -5.5, false",
			"WEIGHT_FOR_AGE, 5.01, true", "WEIGHT_FOR_AGE, 5.0, false", "WEIGHT_FOR_LENGTH, -5.01, true",
			"WEIGHT_FOR_LENGTH, 5.01, true", "WEIGHT_FOR_LENGTH, -5.0, false", "BMI_FOR_AGE, 5.01, true",
			"BMI_FOR_AGE, -5.01, true", "HEAD_CIRCUMFERENCE_FOR_AGE, 5.01, true", "HEAD_CIRCUMFERENCE_FOR_AGE, -4.99, false" })
	void implausibleBeyondWhoAnthrosFlags(GrowthIndicator indicator, double z, boolean implausible) {
		assertThat(indicator.implausible(z)).isEqualTo(implausible);
	}
}
