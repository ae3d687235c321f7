package org.tuoyu.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.tuoyu.statistics.IndicatorCode;

/**
 * The choropleth's classes: an indicator value is placed against a reference — the 2025 target
 * where the plan sets one, else 100 for a percentage, else the largest value shown — in four
 * classes: below half of it, half to three quarters, three quarters to the reference, and
 * reaching it. Class 0 is a missing value. The same rule for every indicator, so a colour always
 * says how far an area is from its goal.
 */
public final class MapClasses {

	/** The class of a missing value. */
	public static final int NONE = 0;

	private static final List<BigDecimal> SHARES = List.of(new BigDecimal("0.5"), new BigDecimal("0.75"), BigDecimal.ONE);

	private MapClasses() {
	}

	/** The value the classes are measured against. */
	public static BigDecimal reference(IndicatorCode code, List<BigDecimal> values) {
		if (code.target() != null) {
			return code.target();
		}
		if (code.unit() == IndicatorCode.Unit.PERCENT) {
			return BigDecimal.valueOf(100);
		}
		return values.stream().filter(Objects::nonNull).max(BigDecimal::compareTo).filter(max -> max.signum() > 0)
			.orElse(BigDecimal.ONE);
	}

	/** The lower bounds of classes 2, 3 and 4 (class 1 starts at 0). */
	public static List<BigDecimal> breaks(BigDecimal reference) {
		return SHARES.stream().map(share -> reference.multiply(share).setScale(2, RoundingMode.HALF_UP)).toList();
	}

	/** The class (1–4) of a value, or {@link #NONE} without one. */
	public static int classOf(BigDecimal value, List<BigDecimal> breaks) {
		if (value == null) {
			return NONE;
		}
		int index = 1;
		for (BigDecimal lower : breaks) {
			if (value.compareTo(lower) >= 0) {
				index++;
			}
		}
		return index;
	}
}
