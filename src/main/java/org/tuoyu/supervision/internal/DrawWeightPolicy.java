package org.tuoyu.supervision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A candidate's integer weight in a draw: the base weight 1 multiplied by every risk signal's
 * factor, times the weight scale, rounded half up. A negative factor counts as 0.
 */
public final class DrawWeightPolicy {

	private DrawWeightPolicy() {
	}

	/** The integer weight of the factors (by signal name) at the scale. */
	public static long weight(Map<String, BigDecimal> factors, long scale) {
		BigDecimal product = BigDecimal.ONE;
		for (BigDecimal factor : factors.values()) {
			product = product.multiply(factor.signum() < 0 ? BigDecimal.ZERO : factor);
		}
		return product.multiply(BigDecimal.valueOf(scale)).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/** A factor as published: a plain decimal without trailing zeros, e.g. {@code 1.5}, {@code 2}. */
	public static String plain(BigDecimal factor) {
		BigDecimal stripped = factor.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}
}
