package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.supervision.Grade;
import org.tuoyu.supervision.GradingRules;
import org.tuoyu.supervision.QualityAssessmentDimension;

class GradePolicyTests {

	private final GradePolicy defaults = new GradePolicy(GradingRules.defaults());

	@ParameterizedTest
	@CsvSource({ "100, EXCELLENT", "90, EXCELLENT", "89, GOOD", "80, GOOD", "79, PASS", "60, PASS", "59, FAIL", "0, FAIL" })
	void theTotalMapsToAGradeByTheDefaultBands(int total, Grade grade) {
		assertThat(defaults.grade(total)).isEqualTo(grade);
	}

	@ParameterizedTest
	@CsvSource({ "CONDITIONS, 15", "STAFF, 15", "CARE, 20", "HEALTH_CARE, 15", "PARENTING_SUPPORT, 10", "SAFETY, 15",
			"MANAGEMENT, 10" })
	void theSevenDimensionsShareOneHundredPointsByDefault(QualityAssessmentDimension dimension, int points) {
		assertThat(GradingRules.defaults().maxPoints()).containsEntry(dimension, points);
		assertThat(GradingRules.defaults().totalPoints()).isEqualTo(100);
	}

	@ParameterizedTest
	@CsvSource({ "CARE, -1, 20", "CARE, 21, 20", "MANAGEMENT, 11, 10" })
	void aScoreOutsideZeroToTheDimensionsPointsIsRefusedOnItsField(QualityAssessmentDimension dimension, int score,
			int max) {
		BusinessRuleException ex = catchThrowableOfType(BusinessRuleException.class,
				() -> defaults.check(Map.of(dimension, score), GradingRules.defaults().maxPoints(), false));

		assertThat(ex.field()).isEqualTo("scores[" + dimension + "]");
		assertThat(ex.messageKey()).isEqualTo("supervision.grading.scoreRange");
		assertThat(ex.arguments()).containsExactly(max);
	}

	@Test
	void aCompleteAssessmentNeedsEveryDimension() {
		Map<QualityAssessmentDimension, Integer> scores = new EnumMap<>(GradingRules.defaults().maxPoints());
		assertThatCode(() -> defaults.check(scores, GradingRules.defaults().maxPoints(), true)).doesNotThrowAnyException();

		scores.remove(QualityAssessmentDimension.SAFETY);
		assertThatCode(() -> defaults.check(scores, GradingRules.defaults().maxPoints(), false)).doesNotThrowAnyException();
		BusinessRuleException ex = catchThrowableOfType(BusinessRuleException.class,
				() -> defaults.check(scores, GradingRules.defaults().maxPoints(), true));
		assertThat(ex.field()).isEqualTo("scores[SAFETY]");
		assertThat(ex.messageKey()).isEqualTo("supervision.grading.scoreMissing");
	}

	@Test
	void aJurisdictionConfiguresItsOwnBands() {
		GradePolicy local = new GradePolicy(new GradingRules(Map.of(QualityAssessmentDimension.CARE, 30),
				Map.of(Grade.EXCELLENT, 95, Grade.GOOD, 85, Grade.PASS, 70)));

		assertThat(local.rules().totalPoints()).isEqualTo(110);
		assertThat(local.grade(94)).isEqualTo(Grade.GOOD);
		assertThat(local.grade(69)).isEqualTo(Grade.FAIL);
	}
}
