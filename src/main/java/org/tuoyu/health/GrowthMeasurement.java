package org.tuoyu.health;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tuoyu.shared.Sex;

/**
 * One measurement of a child to compare with the growth standards. Any of the measures may be
 * {@code null}; at least one is needed.
 *
 * @param sex the child's sex
 * @param birthDate the child's date of birth
 * @param measuredOn the day of the measurement (not after today)
 * @param weightKg weight in kilograms
 * @param lengthCm length (lying) or height (standing) in centimetres
 * @param lengthMethod how the length was measured; {@code null}: lying under two years (731 days),
 *        standing from then on, as WHO's anthro software assumes
 * @param headCircumferenceCm head circumference in centimetres
 */
public record GrowthMeasurement(Sex sex, LocalDate birthDate, LocalDate measuredOn, BigDecimal weightKg,
		BigDecimal lengthCm, LengthMethod lengthMethod, BigDecimal headCircumferenceCm) {
}
