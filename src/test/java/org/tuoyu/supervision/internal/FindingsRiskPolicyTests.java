package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.tuoyu.supervision.InspectionSettings;

class FindingsRiskPolicyTests {

	private static final InspectionSettings.Risk DEFAULTS = new InspectionSettings.Risk(null, null, null, null);

	@Test
	void noFindingsIsNeutral() {
		assertThat(FindingsRiskPolicy.factor(0, 0, DEFAULTS)).isEqualByComparingTo(BigDecimal.ONE);
	}

	@Test
	void eachMinorAddsATenthAndEachSeriousAHalf() {
		assertThat(FindingsRiskPolicy.factor(2, 1, DEFAULTS)).isEqualByComparingTo("1.7");
	}

	@Test
	void theFactorIsCapped() {
		assertThat(FindingsRiskPolicy.factor(3, 10, DEFAULTS)).isEqualByComparingTo("3.0");
	}
}
