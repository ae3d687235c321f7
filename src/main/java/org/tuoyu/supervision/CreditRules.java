package org.tuoyu.supervision;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credit rules ({@code tuoyu.supervision.credit.*}); every number differs between jurisdictions.
 *
 * @param initialScore the score of an institution without credit events (default 90, tier B)
 * @param minScore the lowest score (default 0)
 * @param maxScore the highest score (default 100)
 * @param points points per event kind, per finding for the finding kinds (defaults: good inspection +2,
 *        minor finding −2, serious finding −5, non-compliant inspection −10, escalated rectification −10,
 *        upheld complaint −5, penalty −20, violation −10, commendation +5)
 * @param tierFrom the lowest score of each tier but the last (defaults: A 95, B 80, C 60; D below)
 * @param drawFactor the factor of each tier in double-random draws (defaults: A 0.5, B 1.0, C 1.5, D 2.0)
 */
@ConfigurationProperties("tuoyu.supervision.credit")
public record CreditRules(Integer initialScore, Integer minScore, Integer maxScore, Map<CreditEventKind, Integer> points,
		Map<CreditTier, Integer> tierFrom, Map<CreditTier, BigDecimal> drawFactor) {

	public CreditRules {
		initialScore = initialScore == null ? 90 : initialScore;
		minScore = minScore == null ? 0 : minScore;
		maxScore = maxScore == null ? 100 : maxScore;
		points = merged(Map.of(CreditEventKind.GOOD_INSPECTION, 2, CreditEventKind.MINOR_FINDINGS, -2,
				CreditEventKind.SERIOUS_FINDINGS, -5, CreditEventKind.NON_COMPLIANT_INSPECTION, -10,
				CreditEventKind.RECTIFICATION_ESCALATED, -10, CreditEventKind.COMPLAINT_UPHELD, -5,
				CreditEventKind.PENALTY, -20, CreditEventKind.VIOLATION, -10, CreditEventKind.COMMENDATION, 5), points,
				CreditEventKind.class);
		tierFrom = merged(Map.of(CreditTier.A, 95, CreditTier.B, 80, CreditTier.C, 60), tierFrom, CreditTier.class);
		drawFactor = merged(Map.of(CreditTier.A, new BigDecimal("0.5"), CreditTier.B, BigDecimal.ONE, CreditTier.C,
				new BigDecimal("1.5"), CreditTier.D, new BigDecimal("2.0")), drawFactor, CreditTier.class);
		if (minScore > initialScore || initialScore > maxScore) {
			throw new IllegalArgumentException("tuoyu.supervision.credit: min-score <= initial-score <= max-score");
		}
	}

	/** The defaults. */
	public static CreditRules defaults() {
		return new CreditRules(null, null, null, null, null, null);
	}

	private static <K extends Enum<K>, V> Map<K, V> merged(Map<K, V> defaults, Map<K, V> configured, Class<K> type) {
		Map<K, V> merged = new EnumMap<>(type);
		merged.putAll(defaults);
		if (configured != null) {
			merged.putAll(configured);
		}
		return Map.copyOf(merged);
	}
}
