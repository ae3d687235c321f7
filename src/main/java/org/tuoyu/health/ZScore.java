package org.tuoyu.health;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator's result for a measurement, as WHO's anthro software gives it: the z-score rounded
 * to two decimals, what it means, and whether it is implausible (to be re-measured, not used).
 *
 * @param indicator the indicator
 * @param z the z-score, rounded half up to two decimals
 * @param classification the finding the rounded z-score gives
 * @param implausible the rounded z-score lies beyond WHO's plausible bounds for the indicator
 * @param measurement what was compared with the standard, rounded to two decimals: the weight
 *        (kg), the length or height after the ±0.7 cm correction (cm), the BMI (kg/m²) or the head
 *        circumference (cm)
 * @param lengthBasis for length/height-for-age, weight-for-length/height and BMI-for-age: whether
 *        the lying-length ({@code LYING}) or the standing-height ({@code STANDING}) table was used;
 *        {@code null} for the others
 * @param standard the growth standard, {@value #STANDARD}
 * @param tables the tables the standard was read from, {@value #TABLES}
 */
public record ZScore(GrowthIndicator indicator, double z, GrowthClassification classification, boolean implausible,
		double measurement, LengthMethod lengthBasis, String standard, String tables) {

	/** The growth standard every z-score refers to. */
	public static final String STANDARD = "WHO 2006";

	/** The source and version of the standard's tables (interpolated by day and 0.1 cm). */
	public static final String TABLES = "jsgrowup 0.8.0";

	/** Rounds an unrounded z-score and classifies and flags the rounded value. */
	public static ZScore of(GrowthIndicator indicator, double unroundedZ, double measurement, LengthMethod lengthBasis) {
		double z = round(unroundedZ);
		return new ZScore(indicator, z, indicator.classify(z), indicator.implausible(z), round(measurement), lengthBasis,
				STANDARD, TABLES);
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}
}
