package org.tuoyu.supervision.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.tuoyu.platform.BusinessRuleException;

/**
 * How much a plan lets each risk signal count (风险权重): a whole percentage 0–200 per signal, 100
 * when not given. A signal's effective factor for a candidate is
 * {@code max(0, 1 + (factor − 1) × weight / 100)}: weight 0 ignores the signal (factor 1), 100 takes
 * its factor as is, 200 doubles its effect.
 */
public final class RiskWeightPolicy {

	/** The weight of a signal a plan says nothing about. */
	public static final int DEFAULT = 100;

	/** The largest weight. */
	public static final int MAX = 200;

	private RiskWeightPolicy() {
	}

	/**
	 * The checked weights of every known signal, defaults filled in.
	 * @param requested weights by signal name as entered, or {@code null}
	 * @param signals the names of the installed risk signals
	 * @throws BusinessRuleException on field {@code riskWeights[name]} for an unknown signal or a weight out of range
	 */
	public static SortedMap<String, Integer> check(Map<String, Integer> requested, Collection<String> signals) {
		SortedMap<String, Integer> weights = new TreeMap<>();
		signals.forEach(signal -> weights.put(signal, DEFAULT));
		if (requested == null) {
			return weights;
		}
		for (Map.Entry<String, Integer> entry : new TreeMap<>(requested).entrySet()) {
			String field = "riskWeights[" + entry.getKey() + "]";
			if (!signals.contains(entry.getKey())) {
				throw new BusinessRuleException(field, "supervision.plan.riskWeight.unknown", entry.getKey());
			}
			if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > MAX) {
				throw new BusinessRuleException(field, "supervision.plan.riskWeight.range", 0, MAX);
			}
			weights.put(entry.getKey(), entry.getValue());
		}
		return weights;
	}

	/** The weight of a signal in the weights, {@link #DEFAULT} when absent. */
	public static int weightOf(Map<String, Integer> weights, String signal) {
		return weights.getOrDefault(signal, DEFAULT);
	}

	/** The effective factor of a signal's raw factor under a weight: never below 0. */
	public static BigDecimal effective(BigDecimal factor, int weight) {
		BigDecimal weighted = BigDecimal.ONE
			.add(factor.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(weight)).movePointLeft(2));
		return weighted.signum() < 0 ? BigDecimal.ZERO : weighted;
	}
}
