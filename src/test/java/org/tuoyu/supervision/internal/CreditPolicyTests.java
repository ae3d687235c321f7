package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuoyu.supervision.CreditEventKind;
import org.tuoyu.supervision.CreditRules;
import org.tuoyu.supervision.CreditTier;

class CreditPolicyTests {

	private final CreditPolicy defaults = new CreditPolicy(CreditRules.defaults());

	@ParameterizedTest
	@CsvSource({ "GOOD_INSPECTION, 1, 2", "MINOR_FINDINGS, 1, -2", "MINOR_FINDINGS, 3, -6", "SERIOUS_FINDINGS, 2, -10",
			"NON_COMPLIANT_INSPECTION, 1, -10", "RECTIFICATION_ESCALATED, 1, -10", "COMPLAINT_UPHELD, 1, -5",
			"PENALTY, 1, -20", "VIOLATION, 1, -10", "COMMENDATION, 1, 5" })
	void eachKindIsWorthItsDefaultPointsPerCount(CreditEventKind kind, int count, int points) {
		assertThat(defaults.points(kind, count)).isEqualTo(points);
	}

	@ParameterizedTest
	@CsvSource({ "100, A", "95, A", "94, B", "80, B", "79, C", "60, C", "59, D", "0, D" })
	void theTierFollowsTheScoreByTheDefaultBands(int score, CreditTier tier) {
		assertThat(defaults.tier(score)).isEqualTo(tier);
	}

	@ParameterizedTest
	@CsvSource({ "90, 5, 95", "98, 5, 100", "100, 2, 100", "15, -20, 0", "0, -5, 0", "50, -10, 40" })
	void theScoreStaysWithinTheConfiguredRange(int score, int points, int after) {
		assertThat(defaults.scoreAfter(score, points)).isEqualTo(after);
	}

	@ParameterizedTest
	@CsvSource({ "A, 0.5", "B, 1.0", "C, 1.5", "D, 2.0" })
	void eachTierHasItsDrawFactor(CreditTier tier, BigDecimal factor) {
		assertThat(defaults.drawFactor(tier)).isEqualByComparingTo(factor);
	}

	@Test
	void aJurisdictionConfiguresItsOwnPointsBandsAndRange() {
		CreditPolicy local = new CreditPolicy(new CreditRules(60, 0, 120, Map.of(CreditEventKind.PENALTY, -30),
				Map.of(CreditTier.A, 110, CreditTier.B, 90, CreditTier.C, 50), null));

		assertThat(local.initialScore()).isEqualTo(60);
		assertThat(local.points(CreditEventKind.PENALTY, 1)).isEqualTo(-30);
		assertThat(local.points(CreditEventKind.COMMENDATION, 1)).isEqualTo(5);
		assertThat(local.scoreAfter(118, 5)).isEqualTo(120);
		assertThat(local.tier(local.initialScore())).isEqualTo(CreditTier.C);
		assertThat(local.tier(110)).isEqualTo(CreditTier.A);
		assertThat(local.tier(49)).isEqualTo(CreditTier.D);
	}
}
