package org.tuoyu.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator of a division in a year: value (null when the denominator is zero or the figures
 * are missing), its numerator and denominator, the 2025 target, whether it came from live data or
 * the plan's baseline figures, and a note: the message key of why there is no value, or of how
 * the value was reached when it rests on an estimate (null when there is nothing to say).
 */
public record Indicator(IndicatorCode code, String division, int year, BigDecimal value, BigDecimal numerator,
		BigDecimal denominator, BigDecimal target, IndicatorCode.Unit unit, Source source, String note) {

	/** Where the figures came from. */
	public enum Source {
		/** Computed now from the platform's own records. */
		LIVE,
		/** Stated by the plan for a year before the platform's data. */
		BASELINE
	}

	/** The indicator from its numerator and denominator, rounded half-up to 2 decimals. */
	public static Indicator of(IndicatorCode code, String division, int year, Number numerator, Number denominator,
			Source source) {
		BigDecimal n = numerator == null ? null : new BigDecimal(numerator.toString());
		BigDecimal d = denominator == null ? null : new BigDecimal(denominator.toString());
		BigDecimal value = null;
		if (n != null && d != null && d.signum() > 0) {
			BigDecimal scale = code.unit() == IndicatorCode.Unit.PER_1000 ? BigDecimal.valueOf(1000) : BigDecimal.valueOf(100);
			value = n.multiply(scale).divide(d, 2, RoundingMode.HALF_UP);
		}
		return new Indicator(code, division, year, value, plain(n), plain(d), code.target(), code.unit(), source, null);
	}

	/** The same indicator with a note (a message key). */
	public Indicator withNote(String noteKey) {
		return new Indicator(code, division, year, value, numerator, denominator, target, unit, source, noteKey);
	}

	/** Whether the value reaches the target; null without either. */
	public Boolean met() {
		return value == null || target == null ? null : value.compareTo(target) >= 0;
	}

	/** How far the value is below the target (zero when reached); null without either. */
	public BigDecimal gap() {
		return value == null || target == null ? null : target.subtract(value).max(BigDecimal.ZERO);
	}

	/** Without trailing zeros, and without an exponent: 21545.00 is 21545. */
	private static BigDecimal plain(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
