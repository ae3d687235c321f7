package org.tuoyu.health.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tuoyu.health.GrowthAssessment;
import org.tuoyu.health.GrowthIndicator;
import org.tuoyu.health.GrowthMeasurement;
import org.tuoyu.health.GrowthRecord;
import org.tuoyu.health.GrowthReferencePoint;
import org.tuoyu.health.GrowthStandards;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.RecordedMeasurement;
import org.tuoyu.shared.Sex;
import org.tuoyu.test.TestClock;

class GrowthChartTests {

	private final GrowthStandards standards = new GrowthStandards(TestClock.get());

	@Test
	void theReferenceLinesAreTheStandardsSdLinesAndStopWhereTheTablesEnd() {
		List<GrowthReferencePoint> birth = standards.referenceLines(GrowthIndicator.WEIGHT_FOR_AGE, Sex.MALE, null, 0, 7, 1);
		assertThat(birth).extracting(GrowthReferencePoint::x).containsExactly(0.0, 7.0);
		assertThat(birth.get(0).median()).isCloseTo(3.3464, within(0.0001));
		assertThat(birth.get(0).minus2()).isCloseTo(2.5, within(0.05));
		assertThat(birth.get(0).plus3()).isCloseTo(5.0, within(0.05));

		List<GrowthReferencePoint> past = standards.referenceLines(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, Sex.FEMALE,
				null, 1800, 1900, 10);
		assertThat(past).extracting(GrowthReferencePoint::x).allMatch(x -> x <= 1826);

		List<GrowthReferencePoint> byHeight = standards.referenceLines(GrowthIndicator.WEIGHT_FOR_LENGTH, Sex.MALE,
				LengthMethod.STANDING, 60, 70, 10);
		assertThat(byHeight).extracting(GrowthReferencePoint::x).containsExactly(65.0, 66.0, 67.0, 68.0, 69.0, 70.0);
	}

	@Test
	void aToddlersChartsShowTwoYearsWithFiveLinesAndTheChildsPointInsideThePlot() {
		LocalDate today = TestClock.today();
		GrowthRecord record = record(today.minusDays(487), today, "10.5", "80.0", "46.5");

		List<GrowthChart> charts = GrowthChart.of(record, standards);

		assertThat(charts).extracting(GrowthChart::indicator).containsExactly(GrowthIndicator.values());
		for (GrowthChart chart : charts) {
			assertThat(chart.lines()).hasSize(5);
			assertThat(chart.lines().get(2).cssClass()).isEqualTo("growth-median");
			assertThat(chart.points()).hasSize(1);
			GrowthChart.Point point = chart.points().get(0);
			assertThat(point.cx()).isBetween((double) GrowthChart.LEFT, (double) GrowthChart.RIGHT);
			assertThat(point.cy()).isBetween((double) GrowthChart.TOP, (double) GrowthChart.BOTTOM);
			assertThat(point.flagged()).isFalse();
		}
		GrowthChart weight = charts.get(0);
		assertThat(weight.xTicks()).extracting(GrowthChart.Tick::label).first().isEqualTo("0");
		assertThat(weight.xTicks()).extracting(GrowthChart.Tick::label).last().isEqualTo("24");
		assertThat(weight.points().get(0).title()).isEqualTo(today + " · 10.5");
		GrowthChart byLength = charts.get(GrowthIndicator.WEIGHT_FOR_LENGTH.ordinal());
		assertThat(byLength.basis()).isEqualTo(LengthMethod.LYING);
		assertThat(byLength.xTicks()).extracting(GrowthChart.Tick::label).contains("70", "90");
	}

	@Test
	void aFindingOutsideTheNormalRangeIsFlaggedAndAnOlderChildGetsFiveYears() {
		LocalDate today = TestClock.today();
		GrowthRecord record = record(today.minusDays(1000), today, "9.0", "96.0", null);

		List<GrowthChart> charts = GrowthChart.of(record, standards);

		GrowthChart weight = charts.get(0);
		assertThat(weight.xTicks()).extracting(GrowthChart.Tick::label).last().isEqualTo("60");
		assertThat(weight.points().get(0).flagged()).isTrue();
		assertThat(charts.get(GrowthIndicator.WEIGHT_FOR_LENGTH.ordinal()).basis()).isEqualTo(LengthMethod.STANDING);
		assertThat(charts.get(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE.ordinal()).points()).isEmpty();
	}

	@Test
	void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
		assertThat(GrowthChart.niceStep(0.7)).isEqualTo(1);
		assertThat(GrowthChart.niceStep(1.3)).isEqualTo(2);
		assertThat(GrowthChart.niceStep(3)).isEqualTo(5);
		assertThat(GrowthChart.niceStep(7)).isEqualTo(10);
		assertThat(GrowthChart.niceStep(0.13)).isCloseTo(0.2, within(1e-12));
	}

	private GrowthRecord record(LocalDate birth, LocalDate measuredOn, String kg, String cm, String head) {
		BigDecimal weight = new BigDecimal(kg);
		BigDecimal length = new BigDecimal(cm);
		BigDecimal headCm = head == null ? null : new BigDecimal(head);
		GrowthAssessment assessment = standards.assess(
				new GrowthMeasurement(Sex.MALE, birth, measuredOn, weight, length, null, headCm));
		RecordedMeasurement measurement = new RecordedMeasurement(UUID.randomUUID(), measuredOn, assessment.ageDays(),
				weight, length, null, headCm, "保健医生", UUID.randomUUID(), "托育园", null, assessment);
		return new GrowthRecord(UUID.randomUUID(), "宝宝", Sex.MALE, birth, List.of(measurement));
	}
}
