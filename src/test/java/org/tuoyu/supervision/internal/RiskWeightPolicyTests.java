package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuoyu.platform.BusinessRuleException;

class RiskWeightPolicyTests {

	private static final List<String> SIGNALS = List.of("credit", "findings", "complaints");

	@ParameterizedTest(name = "factor {0} at weight {1} → {2}")
	@CsvSource({ "2.0, 100, 2", "2.0, 0, 1", "2.0, 200, 3", "2.0, 50, 1.5", "0.5, 100, 0.5", "0.5, 200, 0",
			"0.5, 150, 0.25", "0.2, 200, 0", "1, 200, 1", "1.5, 1, 1.005", "0.33335, 100, 0.33335", "1.2, 0, 1" })
	void theEffectiveFactorMovesTheFactorAwayFromOneByTheWeightNeverBelowZero(String factor, int weight,
			String effective) {
		BigDecimal result = RiskWeightPolicy.effective(new BigDecimal(factor), weight);
		assertThat(result).isEqualByComparingTo(effective);
		assertThat(result.signum()).isNotNegative();
	}

	@Test
	void anEffectiveFactorIsPublishedAsAPlainDecimal() {
		assertThat(DrawWeightPolicy.plain(RiskWeightPolicy.effective(new BigDecimal("2.0"), 200))).isEqualTo("3");
		assertThat(DrawWeightPolicy.plain(RiskWeightPolicy.effective(new BigDecimal("1.5"), 100))).isEqualTo("1.5");
		assertThat(DrawWeightPolicy.plain(RiskWeightPolicy.effective(new BigDecimal("0.5"), 200))).isEqualTo("0");
	}

	@Test
	void omittedWeightsAreOneHundredAndGivenOnesAreKept() {
		assertThat(RiskWeightPolicy.check(null, SIGNALS))
			.isEqualTo(Map.of("complaints", 100, "credit", 100, "findings", 100));
		assertThat(RiskWeightPolicy.check(Map.of("credit", 200, "complaints", 0), SIGNALS))
			.isEqualTo(Map.of("complaints", 0, "credit", 200, "findings", 100));
		assertThat(RiskWeightPolicy.weightOf(Map.of(), "credit")).isEqualTo(100);
	}

	@ParameterizedTest(name = "{0} = {1} → {2}")
	@CsvSource({ "credit, 201, supervision.plan.riskWeight.range", "findings, -1, supervision.plan.riskWeight.range",
			"complaints, , supervision.plan.riskWeight.range", "luck, 100, supervision.plan.riskWeight.unknown" })
	void anUnknownSignalOrAWeightOutOfRangeIsRefusedOnItsField(String signal, Integer weight, String messageKey) {
		Map<String, Integer> requested = new HashMap<>();
		requested.put(signal, weight);
		assertThatThrownBy(() -> RiskWeightPolicy.check(requested, SIGNALS)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> {
					assertThat(ex.field()).isEqualTo("riskWeights[" + signal + "]");
					assertThat(ex.messageKey()).isEqualTo(messageKey);
				});
	}
}
