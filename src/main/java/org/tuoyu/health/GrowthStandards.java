package org.tuoyu.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.tuoyu.health.internal.growth.GrowthMeasurementPolicy;
import org.tuoyu.health.internal.growth.Lms;
import org.tuoyu.health.internal.growth.WhoGrowthStandard;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.Sex;

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

	/**
	 * The standard's SD lines of an indicator from {@code from} to {@code to} in {@code steps}
	 * equal steps (both ends included), leaving out points the tables do not reach.
	 *
	 * @param from the first day of age, or length in cm for weight-for-length/height
	 * @param basis for weight-for-length/height: {@code LYING} the weight-for-length table,
	 *        {@code STANDING} the weight-for-height one; ignored by age, where the table changes at
	 *        731 days
	 */
	public List<GrowthReferencePoint> referenceLines(GrowthIndicator indicator, Sex sex, LengthMethod basis,
			double from, double to, int steps) {
		List<GrowthReferencePoint> points = new ArrayList<>(steps + 1);
		for (int i = 0; i <= steps; i++) {
			double x = from + (to - from) * i / steps;
			Lms lms = standard.lms(indicator, sex, basis, x);
			if (lms != null) {
				points.add(new GrowthReferencePoint(x, lms.measurementAt(-3), lms.measurementAt(-2), lms.m(),
						lms.measurementAt(2), lms.measurementAt(3)));
			}
		}
		return points;
	}
}
