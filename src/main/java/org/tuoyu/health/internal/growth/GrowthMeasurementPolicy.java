package org.tuoyu.health.internal.growth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.tuoyu.health.GrowthMeasurement;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.platform.BusinessRuleException;

/**
 * What a measurement must look like before it is compared with the growth standards: the child
 * and both dates given, the measurement not before birth, not in the future and before the child
 * is six, at least one measure, each within what a child under six can measure, and no standing
 * height under nine months (a baby that young is measured lying; WHO's anthro software flags it).
 * Values inside these ranges that the standards call implausible are flagged on the z-score, not
 * refused here.
 */
public final class GrowthMeasurementPolicy {

	public static final BigDecimal MIN_WEIGHT_KG = new BigDecimal("0.5");

	public static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("60");

	public static final BigDecimal MIN_LENGTH_CM = new BigDecimal("35");

	public static final BigDecimal MAX_LENGTH_CM = new BigDecimal("130");

	public static final BigDecimal MIN_HEAD_CIRCUMFERENCE_CM = new BigDecimal("20");

	public static final BigDecimal MAX_HEAD_CIRCUMFERENCE_CM = new BigDecimal("60");

	/** Children from this age are refused; from 60 months the standards give no z-scores. */
	public static final int MAX_AGE_YEARS = 6;

	/** A standing height needs at least this age in days (9 months × 30.4375, rounded up). */
	public static final int STANDING_FROM_DAY = 274;

	/**
	 * Checks a measurement taken on or before {@code today}.
	 *
	 * @return the child's age in whole days on the day of the measurement
	 * @throws BusinessRuleException naming the first field at fault, with a specific message
	 */
	public int check(GrowthMeasurement measurement, LocalDate today) {
		if (measurement.sex() == null) {
			throw new BusinessRuleException("sex", "growth.sex.required");
		}
		if (measurement.birthDate() == null) {
			throw new BusinessRuleException("birthDate", "growth.birthDate.required");
		}
		if (measurement.measuredOn() == null) {
			throw new BusinessRuleException("measuredOn", "growth.measuredOn.required");
		}
		if (measurement.birthDate().isAfter(today)) {
			throw new BusinessRuleException("birthDate", "growth.birthDate.future");
		}
		if (measurement.measuredOn().isAfter(today)) {
			throw new BusinessRuleException("measuredOn", "growth.measuredOn.future");
		}
		if (measurement.measuredOn().isBefore(measurement.birthDate())) {
			throw new BusinessRuleException("measuredOn", "growth.measuredOn.beforeBirth");
		}
		if (!measurement.measuredOn().isBefore(measurement.birthDate().plusYears(MAX_AGE_YEARS))) {
			throw new BusinessRuleException("measuredOn", "growth.age.tooOld", String.valueOf(MAX_AGE_YEARS));
		}
		if (measurement.weightKg() == null && measurement.lengthCm() == null && measurement.headCircumferenceCm() == null) {
			throw new BusinessRuleException(null, "growth.measure.required");
		}
		within("weightKg", "growth.weight.range", measurement.weightKg(), MIN_WEIGHT_KG, MAX_WEIGHT_KG);
		within("lengthCm", "growth.length.range", measurement.lengthCm(), MIN_LENGTH_CM, MAX_LENGTH_CM);
		within("headCircumferenceCm", "growth.headCircumference.range", measurement.headCircumferenceCm(),
				MIN_HEAD_CIRCUMFERENCE_CM, MAX_HEAD_CIRCUMFERENCE_CM);
		int ageDays = (int) ChronoUnit.DAYS.between(measurement.birthDate(), measurement.measuredOn());
		if (measurement.lengthCm() != null && measurement.lengthMethod() == LengthMethod.STANDING
				&& ageDays < STANDING_FROM_DAY) {
			throw new BusinessRuleException("lengthMethod", "growth.lengthMethod.standingTooYoung");
		}
		return ageDays;
	}

	private static void within(String field, String key, BigDecimal value, BigDecimal min, BigDecimal max) {
		if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
			throw new BusinessRuleException(field, key, plain(min), plain(max), plain(value));
		}
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
