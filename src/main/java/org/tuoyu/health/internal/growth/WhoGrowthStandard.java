package org.tuoyu.health.internal.growth;

import java.math.BigDecimal;

import org.tuoyu.health.GrowthAssessment;
import org.tuoyu.health.GrowthIndicator;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.ZScore;
import org.tuoyu.health.internal.growth.Who2006Tables.Table;
import org.tuoyu.shared.Sex;

/**
 * Compares a measurement with the WHO Child Growth Standards the way WHO's anthro software does
 * (DOMAIN §6): at the exact age in days, with the ±0.7 cm rule between lying length and standing
 * height, the adjusted z-score beyond ±3 for the weight-based indicators, z-scores rounded to two
 * decimals, classified and flagged. Pure arithmetic on immutable tables: thread-safe, no I/O after
 * loading.
 */
public final class WhoGrowthStandard {

	/**
	 * The last day of age the standards cover: WHO's anthro software computes z-scores only under
	 * 60 months (1826.25 days), where its tables and the monthly rows end.
	 */
	public static final int LAST_DAY = 1826;

	/** From this day of age (24 months) length is measured standing and compared as height. */
	public static final int STANDING_FROM_DAY = 731;

	/** What a child measures more lying than standing (WHO: 0.7 cm). */
	static final BigDecimal LYING_MINUS_STANDING_CM = new BigDecimal("0.7");

	private final Who2006Tables tables;

	public WhoGrowthStandard(Who2006Tables tables) {
		this.tables = tables;
	}

	/** The standard with the tables from the class path. */
	public static WhoGrowthStandard load() {
		return new WhoGrowthStandard(Who2006Tables.load());
	}

	/**
	 * Every indicator the measures allow, each {@code null} where a measure is missing or the
	 * standard does not cover the child.
	 *
	 * @param ageDays whole days from birth to the measurement (0 or more)
	 * @param lengthMethod how the length was measured; {@code null}: the usual way for the age
	 */
	public GrowthAssessment assess(Sex sex, int ageDays, BigDecimal weightKg, BigDecimal lengthCm,
			LengthMethod lengthMethod, BigDecimal headCircumferenceCm) {
		if (ageDays < 0) {
			throw new IllegalArgumentException("A measurement before birth: " + ageDays + " days");
		}
		if (ageDays > LAST_DAY) {
			return new GrowthAssessment(ageDays, null, null, null, null, null);
		}
		LengthMethod basis = basisAt(ageDays);
		Double weight = weightKg == null ? null : weightKg.doubleValue();
		Double length = lengthCm == null ? null : comparableLength(lengthCm, lengthMethod, ageDays).doubleValue();
		ZScore weightForAge = weight == null ? null
				: byAge(GrowthIndicator.WEIGHT_FOR_AGE, Table.WEIGHT_FOR_AGE, sex, ageDays, weight, null);
		ZScore lengthForAge = length == null ? null
				: byAge(GrowthIndicator.LENGTH_FOR_AGE,
						basis == LengthMethod.LYING ? Table.LENGTH_FOR_AGE : Table.HEIGHT_FOR_AGE, sex, ageDays, length, basis);
		ZScore weightForLength = weight == null || length == null ? null : weightForLength(sex, basis, weight, length);
		ZScore bmiForAge = weight == null || length == null ? null
				: byAge(GrowthIndicator.BMI_FOR_AGE,
						basis == LengthMethod.LYING ? Table.BMI_FOR_AGE_LYING : Table.BMI_FOR_AGE_STANDING, sex, ageDays,
						weight / ((length / 100) * (length / 100)), basis);
		ZScore head = headCircumferenceCm == null ? null
				: byAge(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, Table.HEAD_CIRCUMFERENCE_FOR_AGE, sex, ageDays,
						headCircumferenceCm.doubleValue(), null);
		return new GrowthAssessment(ageDays, weightForAge, lengthForAge, weightForLength, bmiForAge, head);
	}

	/**
	 * The indicator's L, M and S for one sex at {@code at} — a day of age, or a length in cm for
	 * weight-for-length/height — or {@code null} where its table does not reach. By age, length and
	 * BMI use the lying table under 731 days and the standing one from then on; by length,
	 * {@code basis} chooses weight-for-length ({@code LYING}) or weight-for-height ({@code STANDING}).
	 */
	public Lms lms(GrowthIndicator indicator, Sex sex, LengthMethod basis, double at) {
		Table table = switch (indicator) {
			case WEIGHT_FOR_AGE -> Table.WEIGHT_FOR_AGE;
			case LENGTH_FOR_AGE -> at < STANDING_FROM_DAY ? Table.LENGTH_FOR_AGE : Table.HEIGHT_FOR_AGE;
			case BMI_FOR_AGE -> at < STANDING_FROM_DAY ? Table.BMI_FOR_AGE_LYING : Table.BMI_FOR_AGE_STANDING;
			case HEAD_CIRCUMFERENCE_FOR_AGE -> Table.HEAD_CIRCUMFERENCE_FOR_AGE;
			case WEIGHT_FOR_LENGTH -> basis == LengthMethod.STANDING ? Table.WEIGHT_FOR_HEIGHT : Table.WEIGHT_FOR_LENGTH;
		};
		LmsCurve curve = tables.curve(table, sex);
		return curve.covers(at) ? curve.at(at) : null;
	}

	/** Lying length under 731 days, standing height from then on. */
	public static LengthMethod basisAt(int ageDays) {
		return ageDays < STANDING_FROM_DAY ? LengthMethod.LYING : LengthMethod.STANDING;
	}

	/**
	 * The length to compare with the table of the age: a standing height under 731 days gets
	 * +0.7 cm, a lying length from 731 days −0.7 cm; without a method the usual one is assumed.
	 */
	public static BigDecimal comparableLength(BigDecimal measured, LengthMethod method, int ageDays) {
		LengthMethod basis = basisAt(ageDays);
		if (method == null || method == basis) {
			return measured;
		}
		return basis == LengthMethod.LYING ? measured.add(LYING_MINUS_STANDING_CM) : measured.subtract(LYING_MINUS_STANDING_CM);
	}

	private ZScore byAge(GrowthIndicator indicator, Table table, Sex sex, int ageDays, double measurement,
			LengthMethod basis) {
		LmsCurve curve = tables.curve(table, sex);
		if (!curve.covers(ageDays)) {
			return null;
		}
		return score(indicator, curve.at(ageDays), measurement, basis);
	}

	/** Weight-for-length (45–110 cm) under 731 days, weight-for-height (65–120 cm) from then on. */
	private ZScore weightForLength(Sex sex, LengthMethod basis, double weight, double length) {
		LmsCurve curve = tables.curve(basis == LengthMethod.LYING ? Table.WEIGHT_FOR_LENGTH : Table.WEIGHT_FOR_HEIGHT, sex);
		if (!curve.covers(length)) {
			return null;
		}
		return score(GrowthIndicator.WEIGHT_FOR_LENGTH, curve.at(length), weight, basis);
	}

	private static ZScore score(GrowthIndicator indicator, Lms lms, double measurement, LengthMethod basis) {
		if (!(measurement > 0) || Double.isInfinite(measurement)) {
			throw new IllegalArgumentException("A measurement must be a positive number, not " + measurement);
		}
		double z = indicator.adjustedBeyondThree() ? lms.adjustedZ(measurement) : lms.z(measurement);
		return ZScore.of(indicator, z, measurement, basis);
	}
}
