package org.tuoyu.health;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.tuoyu.health.internal.growth.GrowthMeasurementPolicy;
import org.tuoyu.health.internal.growth.WhoGrowthStandard;
import org.tuoyu.platform.BusinessRuleException;

/**
 * The WHO Child Growth Standards (2006) as a calculator (生长评价): a child's weight, length or
 * height and head circumference compared with the standard at the exact age in days, giving
 * weight-for-age, length/height-for-age, weight-for-length/height, BMI-for-age and head
 * circumference-for-age z-scores with their classification. Nothing is stored.
 */
@Service
public class GrowthStandards {

	private final WhoGrowthStandard standard;

	private final GrowthMeasurementPolicy policy = new GrowthMeasurementPolicy();

	private final Clock clock;

	public GrowthStandards(Clock clock) {
		this.clock = clock;
		this.standard = WhoGrowthStandard.load();
	}

	/**
	 * Evaluates a measurement.
	 *
	 * @throws BusinessRuleException when a field is missing or out of range (the field named, the
	 *         message specific), the measurement lies in the future or before birth, or the child
	 *         was six or older
	 */
	public GrowthAssessment assess(GrowthMeasurement measurement) {
		int ageDays = policy.check(measurement, LocalDate.now(clock));
		return standard.assess(measurement.sex(), ageDays, measurement.weightKg(), measurement.lengthCm(),
				measurement.lengthMethod(), measurement.headCircumferenceCm());
	}
}
