package org.tuoyu.health.internal.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.tuoyu.health.GrowthAssessment;
import org.tuoyu.health.GrowthClassification;
import org.tuoyu.health.GrowthIndicator;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.ZScore;
import org.tuoyu.health.internal.growth.Who2006Tables.Table;
import org.tuoyu.shared.Sex;

/**
 * The growth engine on WHO's SD lines and rules, with nothing from outside the project: a
 * measurement on the SD line of a WHO row (its value to 4 decimals, M(1 + L·S·z)^(1/L); WHO's
 * printed tables round it to one) must give that z-score, and the rules of DOMAIN §6 apply.
 * The accuracy between the rows is {@link WhoAnthroAccuracyTests}.
 */
class WhoGrowthStandardTests {

	static final WhoGrowthStandard standard = WhoGrowthStandard.load();

	static final Who2006Tables tables = Who2006Tables.load();

	static final double[] SD_LINES = { -3, -2, 0, 2, 3 };

	static ZScore weight(Sex sex, int ageDays, String kg) {
		return standard.assess(sex, ageDays, new BigDecimal(kg), null, null, null).weightForAge();
	}

	static GrowthAssessment weightAndLength(Sex sex, int ageDays, String kg, String cm, LengthMethod method) {
		return standard.assess(sex, ageDays, new BigDecimal(kg), new BigDecimal(cm), method, null);
	}

	static ZScore length(Sex sex, int ageDays, String cm, LengthMethod method) {
		return standard.assess(sex, ageDays, null, new BigDecimal(cm), method, null).lengthForAge();
	}

	static ZScore head(Sex sex, int ageDays, String cm) {
		return standard.assess(sex, ageDays, null, null, null, new BigDecimal(cm)).headCircumferenceForAge();
	}

	static void onSdLines(List<String> measurements, java.util.function.Function<String, ZScore> score) {
		for (int i = 0; i < SD_LINES.length; i++) {
			assertThat(score.apply(measurements.get(i)).z()).as(measurements.get(i)).isCloseTo(SD_LINES[i], within(0.01));
		}
	}

	@Test
	void atBirthTheSdLinesOfTheFirstRowGiveTheirZ() {
		// boys' weight at 0 days (WHO's table: 2.1, 2.5, 3.3, 4.4, 5.0 kg)
		onSdLines(List.of("2.0803", "2.4593", "3.3464", "4.4194", "5.0306"), kg -> weight(Sex.MALE, 0, kg));
		// girls' length at 0 days (43.6, 45.4, 49.1, 52.9, 54.7 cm)
		onSdLines(List.of("43.5596", "45.4223", "49.1477", "52.8731", "54.7358"),
				cm -> length(Sex.FEMALE, 0, cm, LengthMethod.LYING));
	}

	@Test
	void atSevenDaysTheSdLinesOfTheFirstWeekGiveTheirZ() {
		// girls' head circumference at week 1 (31.1, 32.2, 34.6, 36.9, 38.1 cm)
		onSdLines(List.of("31.0555", "32.2213", "34.5529", "36.8845", "38.0503"), cm -> head(Sex.FEMALE, 7, cm));
		// boys' BMI at week 1 (9.7, 10.8, 13.3, 16.1, 17.5): a 50 cm boy weighing BMI × 0.25 kg
		List<String> bmi = List.of("9.6878", "10.8442", "13.3421", "16.0847", "17.5470");
		onSdLines(bmi, value -> weightAndLength(Sex.MALE, 7, new BigDecimal(value).multiply(new BigDecimal("0.25")).toPlainString(),
				"50.0", LengthMethod.LYING).bmiForAge());
	}

	@Test
	void atOneMonthTheCurvesMeetTheMonthlyRowsTheyDoNotRunThrough() {
		// Months 1 and 2 fall between weekly rows, which the curves follow; WHO's monthly rows there
		// are an independent check of the interpolation at 30.4375 and 60.875 days.
		for (Sex sex : Sex.values()) {
			for (Table table : List.of(Table.WEIGHT_FOR_AGE, Table.LENGTH_FOR_AGE, Table.BMI_FOR_AGE_LYING,
					Table.HEAD_CIRCUMFERENCE_FOR_AGE)) {
				for (Who2006Tables.Row row : tables.rows(table, sex)) {
					if (row.unit().equals("month") && (row.x() == 1 || row.x() == 2)) {
						Lms engine = tables.curve(table, sex).at(row.position());
						for (double z : SD_LINES) {
							assertThat(engine.z(row.lms().measurementAt(z))).as("%s %s month %s", table, sex, row.x())
								.isCloseTo(z, within(0.01));
						}
					}
				}
			}
		}
	}

	@Test
	void atThirtyDaysTheOneMonthSdLinesAreAlmostReached() {
		// 30 days is 0.44 days before the one-month row: a child on its SD line is a little above it
		// the day before (boys' weight 2.9, 3.4, 4.5, 5.8, 6.6 kg; girls' length 47.8, 49.8, 53.7, 57.6, 59.5 cm)
		List<String> boys = List.of("2.9328", "3.3909", "4.4709", "5.7983", "6.5664");
		List<String> girls = List.of("47.8246", "49.7788", "53.6872", "57.5956", "59.5498");
		for (int i = 0; i < SD_LINES.length; i++) {
			double weightAt30 = weight(Sex.MALE, 30, boys.get(i)).z();
			double lengthAt30 = length(Sex.FEMALE, 30, girls.get(i), LengthMethod.LYING).z();
			assertThat(weightAt30).isCloseTo(SD_LINES[i], within(0.05)).isGreaterThanOrEqualTo(weight(Sex.MALE, 31, boys.get(i)).z());
			assertThat(lengthAt30).isCloseTo(SD_LINES[i], within(0.05))
				.isGreaterThan(length(Sex.FEMALE, 31, girls.get(i), LengthMethod.LYING).z());
		}
	}

	@Test
	void atTheLastDayTheSdLinesOfSixtyMonthsGiveTheirZ() {
		// 1826 days, 0.25 days before 60 months: boys' height (96.1, 100.7, 110.0, 119.2, 123.9 cm)
		onSdLines(List.of("96.0622", "100.6961", "109.9638", "119.2315", "123.8654"),
				cm -> length(Sex.MALE, 1826, cm, LengthMethod.STANDING));
		// girls' weight (12.1, 13.7, 18.2, 24.9, 29.5 kg)
		onSdLines(List.of("12.0538", "13.7429", "18.2193", "24.9163", "29.5475"), kg -> weight(Sex.FEMALE, 1826, kg));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1827, 1856, 2000 })
	void fromSixtyMonthsNothingIsCovered(int ageDays) {
		GrowthAssessment result = standard.assess(Sex.MALE, ageDays, new BigDecimal("18"), new BigDecimal("110"),
				LengthMethod.STANDING, new BigDecimal("50"));
		assertThat(result.ageDays()).isEqualTo(ageDays);
		for (GrowthIndicator indicator : GrowthIndicator.values()) {
			assertThat(result.of(indicator)).as("%s at %d days", indicator, ageDays).isEmpty();
		}
	}

	@Test
	void weightForLengthAndHeightOnTheirSdLines() {
		// boys 75 cm lying (7.5, 8.1, 9.5, 11.3, 12.3 kg)
		onSdLines(List.of("7.4864", "8.0881", "9.5032", "11.2748", "12.3303"),
				kg -> weightAndLength(Sex.MALE, 400, kg, "75.0", LengthMethod.LYING).weightForLength());
		// girls 100 cm standing (11.7, 12.8, 15.2, 18.4, 20.3 kg)
		onSdLines(List.of("11.7470", "12.7714", "15.2246", "18.3809", "20.3052"),
				kg -> weightAndLength(Sex.FEMALE, 1200, kg, "100.0", LengthMethod.STANDING).weightForLength());
	}

	/**
	 * Under two years a standing height gets 7 mm, from two years a lying length loses 7 mm; length-
	 * for-age, weight-for-length/height and BMI all use the corrected value.
	 */
	@ParameterizedTest
	@CsvSource({ "MALE, 400, 75.0, STANDING, 75.7, LYING, 9.6", "FEMALE, 800, 88.0, LYING, 87.3, STANDING, 12.0" })
	void theSevenMillimetreRuleWorksBothWays(Sex sex, int ageDays, String measured, LengthMethod method, String comparable,
			LengthMethod basis, String kg) {
		GrowthAssessment corrected = weightAndLength(sex, ageDays, kg, measured, method);
		GrowthAssessment asIfMeasuredTheUsualWay = weightAndLength(sex, ageDays, kg, comparable, basis);
		double cm = Double.parseDouble(comparable);
		assertThat(corrected.lengthForAge().measurement()).isEqualTo(cm);
		assertThat(corrected.lengthForAge().lengthBasis()).isEqualTo(basis);
		assertThat(corrected.lengthForAge().z()).isEqualTo(asIfMeasuredTheUsualWay.lengthForAge().z());
		assertThat(corrected.weightForLength().lengthBasis()).isEqualTo(basis);
		assertThat(corrected.weightForLength().measurement()).isEqualTo(Double.parseDouble(kg));
		assertThat(corrected.weightForLength().z()).isEqualTo(asIfMeasuredTheUsualWay.weightForLength().z());
		assertThat(corrected.bmiForAge().measurement())
			.isCloseTo(Double.parseDouble(kg) / (cm / 100 * cm / 100), within(0.005));
		assertThat(corrected.bmiForAge().z()).isEqualTo(asIfMeasuredTheUsualWay.bmiForAge().z());
	}

	@Test
	void withoutAMethodTheUsualOneForTheAgeIsAssumed() {
		assertThat(length(Sex.MALE, 400, "75.0", null).measurement()).isEqualTo(75.0);
		assertThat(length(Sex.MALE, 800, "88.0", null).measurement()).isEqualTo(88.0);
	}

	@Test
	void at730DaysWeightForLengthAt731WeightForHeight() {
		GrowthAssessment before = weightAndLength(Sex.MALE, 730, "12.0", "86.0", LengthMethod.LYING);
		GrowthAssessment after = weightAndLength(Sex.MALE, 731, "12.0", "86.0", LengthMethod.LYING);
		assertThat(before.weightForLength().lengthBasis()).isEqualTo(LengthMethod.LYING);
		assertThat(after.weightForLength().lengthBasis()).isEqualTo(LengthMethod.STANDING);
		assertThat(after.lengthForAge().measurement()).isEqualTo(85.3);
		// the same child a day older: its length, 0.7 cm less, on the table by height
		assertThat(after.weightForLength().z()).isCloseTo(before.weightForLength().z(), within(0.05));
		assertThat(after.lengthForAge().lengthBasis()).isEqualTo(LengthMethod.STANDING);
	}

	@ParameterizedTest
	@CsvSource({ "400, 44.9, LYING", "400, 110.1, LYING", "400, 109.5, STANDING", "800, 64.9, STANDING",
			"800, 65.6, LYING", "800, 120.1, STANDING" })
	void outsideItsLengthsWeightForLengthIsNotCovered(int ageDays, String cm, LengthMethod method) {
		GrowthAssessment result = weightAndLength(Sex.FEMALE, ageDays, "9.0", cm, method);
		assertThat(result.weightForLength()).isNull();
		assertThat(result.weightForAge()).isNotNull();
		assertThat(result.lengthForAge()).isNotNull();
	}

	@ParameterizedTest
	@CsvSource({ "400, 45.0, LYING", "400, 110.0, LYING", "800, 65.0, STANDING", "800, 120.7, LYING" })
	void atTheEndsOfItsLengthsWeightForLengthIsCovered(int ageDays, String cm, LengthMethod method) {
		assertThat(weightAndLength(Sex.FEMALE, ageDays, "9.0", cm, method).weightForLength()).isNotNull();
	}

	@Test
	void farAboveAndBelowTheWeightIndicatorsAreAdjusted() {
		// hand computation in LmsTests: 3 + (6.0 − 5.03064)/(5.03064 − 4.41935) and below
		assertThat(weight(Sex.MALE, 0, "6.0").z()).isEqualTo(4.59);
		assertThat(weight(Sex.MALE, 0, "1.5").z()).isEqualTo(-4.53);
		// boys 75 cm: SD2 11.27481, SD3 12.33034, SD−2 8.08809, SD−3 7.48636 kg
		double above = 3 + (14 - 12.33034) / (12.33034 - 11.27481);
		double below = -3 + (6.5 - 7.48636) / (8.08809 - 7.48636);
		assertThat(weightAndLength(Sex.MALE, 400, "14.0", "75.0", LengthMethod.LYING).weightForLength().z())
			.isCloseTo(above, within(0.005))
			.isEqualTo(4.58);
		assertThat(weightAndLength(Sex.MALE, 400, "6.5", "75.0", LengthMethod.LYING).weightForLength().z())
			.isCloseTo(below, within(0.005))
			.isEqualTo(-4.64);
	}

	@Test
	void lengthAndHeadAreNeverAdjusted() {
		// boys' height at 60 months: L = 1, M 109.9638, S 0.04214 — plain (y/M − 1)/S beyond +3 and −3
		assertThat(length(Sex.MALE, 1826, "130.0", LengthMethod.STANDING).z())
			.isCloseTo((130.0 / 109.9638 - 1) / 0.04214, within(0.01));
		assertThat(length(Sex.MALE, 1826, "90.0", LengthMethod.STANDING).z())
			.isCloseTo((90.0 / 109.9638 - 1) / 0.04214, within(0.01));
		assertThat(head(Sex.FEMALE, 7, "28.0").z()).isCloseTo((28.0 / 34.5529 - 1) / 0.03374, within(0.005));
	}

	@Test
	void whereTheCurveOfLCrossesZeroTheLogarithmTakesOver() {
		// girls' weight-for-age: L is 0.0407 at 13 weeks and −0.005 at 4 months; WHO's L is 0.0001 at 118 days
		LmsCurve curve = tables.curve(Table.WEIGHT_FOR_AGE, Sex.FEMALE);
		double previous = curve.at(100).l();
		int crossing = -1;
		for (int day = 101; day <= 125; day++) {
			double l = curve.at(day).l();
			if (Math.signum(l) != Math.signum(previous)) {
				crossing = day;
			}
			previous = l;
		}
		assertThat(crossing).isBetween(116, 120);
		for (int day = crossing - 2; day <= crossing + 2; day++) {
			Lms lms = curve.at(day);
			for (double z : SD_LINES) {
				double y = lms.measurementAt(z);
				assertThat(lms.z(y)).isCloseTo(z, within(1e-9));
				// the logarithm and the formula agree at such an L
				assertThat(lms.z(y)).isCloseTo(Math.log(y / lms.m()) / lms.s(), within(Math.abs(lms.l()) * 2 + 1e-9));
			}
		}
	}

	@Test
	void aZScoreIsRoundedAndClassifiedAndFlaggedAsRounded() {
		ZScore score = ZScore.of(GrowthIndicator.LENGTH_FOR_AGE, -2.004999, 70.123, LengthMethod.LYING);
		assertThat(score.z()).isEqualTo(-2.0);
		assertThat(score.classification()).isEqualTo(GrowthClassification.NORMAL);
		assertThat(score.measurement()).isEqualTo(70.12);
		assertThat(score.standard()).isEqualTo("WHO 2006");
		assertThat(score.tables()).isEqualTo("jsgrowup 0.8.0");
		assertThat(ZScore.of(GrowthIndicator.LENGTH_FOR_AGE, -2.005, 70, null).classification())
			.isEqualTo(GrowthClassification.STUNTED);
		assertThat(ZScore.of(GrowthIndicator.WEIGHT_FOR_AGE, 5.004, 30, null).implausible()).isFalse();
		assertThat(ZScore.of(GrowthIndicator.WEIGHT_FOR_AGE, 5.006, 30, null).implausible()).isTrue();
	}

	@Test
	void aChildOfOneYearWeighingFortyKilogramsIsFlagged() {
		ZScore score = weight(Sex.MALE, 365, "40");
		assertThat(score.implausible()).isTrue();
		assertThat(score.z()).isGreaterThan(5);
		assertThat(weight(Sex.MALE, 365, "9.6").implausible()).isFalse();
	}

	@Test
	void aMeasureOfZeroIsNoMeasurement() {
		assertThatThrownBy(() -> weight(Sex.MALE, 100, "0"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> head(Sex.MALE, 100, "-40"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void resultsNameTheStandardAndTables() {
		GrowthAssessment result = standard.assess(Sex.FEMALE, 365, new BigDecimal("8.9"), new BigDecimal("74.0"), null,
				new BigDecimal("45.0"));
		for (GrowthIndicator indicator : GrowthIndicator.values()) {
			ZScore score = result.of(indicator).orElseThrow();
			assertThat(score.indicator()).isEqualTo(indicator);
			assertThat(score.standard()).isEqualTo(ZScore.STANDARD);
			assertThat(score.tables()).isEqualTo(ZScore.TABLES);
		}
		assertThat(result.weightForAge().lengthBasis()).isNull();
		assertThat(result.headCircumferenceForAge().lengthBasis()).isNull();
	}
}
