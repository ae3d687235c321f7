package org.tuoyu.health;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A growth measurement of a child to record (生长监测), as entered at the institution. The child's
 * sex and birth date come from the family record.
 *
 * @param measuredOn the day of the measurement (not after today)
 * @param weightKg weight in kilograms
 * @param lengthCm length (lying) or height (standing) in centimetres
 * @param lengthMethod how the length was measured; {@code null}: lying under two years, standing
 *        from then on
 * @param headCircumferenceCm head circumference in centimetres
 * @param confirmed the user has been told a z-score is implausible and confirms the values were
 *        measured again; without it an implausible measurement is refused
 */
public record NewMeasurement(LocalDate measuredOn, BigDecimal weightKg, BigDecimal lengthCm, LengthMethod lengthMethod,
		BigDecimal headCircumferenceCm, boolean confirmed) {
}
