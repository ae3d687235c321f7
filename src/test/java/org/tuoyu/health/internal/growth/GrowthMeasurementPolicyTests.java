package org.tuoyu.health.internal.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tuoyu.health.GrowthMeasurement;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.Sex;

class GrowthMeasurementPolicyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static final LocalDate BIRTH = LocalDate.of(2025, 11, 30);

	final GrowthMeasurementPolicy policy = new GrowthMeasurementPolicy();

	static GrowthMeasurement measurement(String weight, String length, LengthMethod method, String head) {
		return new GrowthMeasurement(Sex.MALE, BIRTH, TODAY, decimal(weight), decimal(length), method, decimal(head));
	}

	static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	@Test
	void aMeasurementWithinTheRangesGivesTheAgeInDays() {
		assertThat(policy.check(measurement("9.6", "75.7", LengthMethod.LYING, "46.1"), TODAY)).isEqualTo(365);
		assertThat(policy.check(new GrowthMeasurement(Sex.FEMALE, TODAY, TODAY, decimal("3.2"), null, null, null), TODAY))
			.isZero();
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = {
			"90, -, -, weightKg, growth.weight.range, 90", "0.4, -, -, weightKg, growth.weight.range, 0.4",
			"60.01, -, -, weightKg, growth.weight.range, 60.01", "-, 34.9, -, lengthCm, growth.length.range, 34.9",
			"-, 131, -, lengthCm, growth.length.range, 131", "-, -, 19.5, headCircumferenceCm, growth.headCircumference.range, 19.5",
			"-, -, 61, headCircumferenceCm, growth.headCircumference.range, 61" })
	void aMeasureOutsideItsRangeIsRefusedOnItsField(String weight, String length, String head, String field, String key,
			String shown) {
		assertThatThrownBy(() -> policy.check(measurement(weight, length, null, head), TODAY))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(key);
				assertThat(ex.arguments()).endsWith(shown);
			});
	}

	@Test
	void theEndsOfTheRangesAreAccepted() {
		policy.check(measurement("0.5", "35", null, "20"), TODAY);
		policy.check(measurement("60", "130", null, "60"), TODAY);
	}

	@Test
	void missingFieldsAreNamed() {
		assertRefused(new GrowthMeasurement(null, BIRTH, TODAY, decimal("9"), null, null, null), "sex", "growth.sex.required");
		assertRefused(new GrowthMeasurement(Sex.MALE, null, TODAY, decimal("9"), null, null, null), "birthDate",
				"growth.birthDate.required");
		assertRefused(new GrowthMeasurement(Sex.MALE, BIRTH, null, decimal("9"), null, null, null), "measuredOn",
				"growth.measuredOn.required");
		assertRefused(new GrowthMeasurement(Sex.MALE, BIRTH, TODAY, null, null, LengthMethod.LYING, null), null,
				"growth.measure.required");
	}

	@Test
	void datesMustBeInOrderAndNotInTheFuture() {
		assertRefused(new GrowthMeasurement(Sex.MALE, TODAY.plusDays(1), TODAY.plusDays(1), decimal("3"), null, null, null),
				"birthDate", "growth.birthDate.future");
		assertRefused(new GrowthMeasurement(Sex.MALE, BIRTH, TODAY.plusDays(1), decimal("9"), null, null, null), "measuredOn",
				"growth.measuredOn.future");
		assertRefused(new GrowthMeasurement(Sex.MALE, BIRTH, BIRTH.minusDays(1), decimal("9"), null, null, null),
				"measuredOn", "growth.measuredOn.beforeBirth");
	}

	@Test
	void aChildOfSixIsRefusedAndOneDayYoungerIsNot() {
		LocalDate birth = TODAY.minusYears(6);
		assertRefused(new GrowthMeasurement(Sex.MALE, birth, TODAY, decimal("20"), null, null, null), "measuredOn",
				"growth.age.tooOld");
		assertThat(policy.check(new GrowthMeasurement(Sex.MALE, birth.plusDays(1), TODAY, decimal("20"), null, null, null),
				TODAY)).isGreaterThan(2000);
	}

	@Test
	void aStandingHeightUnderNineMonthsIsRefused() {
		LocalDate birth = TODAY.minusDays(273);
		assertRefused(new GrowthMeasurement(Sex.FEMALE, birth, TODAY, null, decimal("68"), LengthMethod.STANDING, null),
				"lengthMethod", "growth.lengthMethod.standingTooYoung");
		assertThat(policy.check(new GrowthMeasurement(Sex.FEMALE, birth.minusDays(1), TODAY, null, decimal("68"),
				LengthMethod.STANDING, null), TODAY)).isEqualTo(274);
		assertThat(policy.check(new GrowthMeasurement(Sex.FEMALE, birth, TODAY, null, decimal("68"), LengthMethod.LYING, null),
				TODAY)).isEqualTo(273);
	}

	private void assertRefused(GrowthMeasurement measurement, String field, String key) {
		assertThatThrownBy(() -> policy.check(measurement, TODAY)).isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}
}
