package org.tuoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tuoyu.test.ResidentIds;

/**
 * Tests for {@link ResidentId}.
 *
 * <p>Apart from the GB 11643 example 11010519491231002X, the numbers below are made up;
 * their check characters were computed with the GB 11643 algorithm:
 * 440304201001011233, 310115198806153217, 510107202302280040, 110101190001010014,
 * 110105202402290011, and, with invalid birth dates but correct check characters,
 * 110105202302300024, 110105202302290022, 110105202313010022, 110105202300000028,
 * 110105189912310023, 110105210001010023.
 */
class ResidentIdTests {

	@ParameterizedTest
	@CsvSource({
		"11010519491231002X, 1949-12-31, FEMALE",
		"440304201001011233, 2010-01-01, MALE",
		"310115198806153217, 1988-06-15, MALE",
		"510107202302280040, 2023-02-28, FEMALE",
		"110101190001010014, 1900-01-01, MALE",
		"110105202402290011, 2024-02-29, MALE",
	})
	void validNumberYieldsBirthDateAndSex(String raw, LocalDate birthDate, Sex sex) {
		ResidentId id = ResidentId.of(raw);

		assertThat(id.value()).isEqualTo(raw);
		assertThat(id.birthDate()).isEqualTo(birthDate);
		assertThat(id.sex()).isEqualTo(sex);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"11010519491231002x    | 11010519491231002X",
		"'  11010519491231002X ' | 11010519491231002X",
		"'\t440304201001011233\n' | 440304201001011233",
	})
	void ofTrimsAndAcceptsLowerCaseX(String raw, String expected) {
		assertThat(ResidentId.of(raw).value()).isEqualTo(expected);
	}

	@Test
	void seventeenDigitsAreCompletedWithTheirCheckCharacter() {
		assertThat(ResidentId.withCheckCharacter("11010519491231002").value()).isEqualTo("11010519491231002X");
		assertThatThrownBy(() -> ResidentId.withCheckCharacter("1101051949123100"))
			.isInstanceOf(InvalidValueException.class);
	}

	@Test
	void equalInputsGiveEqualValues() {
		assertThat(ResidentId.of("11010519491231002x")).isEqualTo(ResidentId.of("11010519491231002X"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"''                  | value.residentId.blank",
		"'   '               | value.residentId.blank",
		"11010519491231002   | value.residentId.length",
		"11010519491231002X1 | value.residentId.length",
		"1101051949123100XX  | value.residentId.characters",
		"11010519491231002Y  | value.residentId.characters",
		"A1010519491231002X  | value.residentId.characters",
		"１１010519491231002X | value.residentId.characters",
		"110105202302300024  | value.residentId.birthDate",
		"110105202302290022  | value.residentId.birthDate",
		"110105202313010022  | value.residentId.birthDate",
		"110105202300000028  | value.residentId.birthDate",
		"110105189912310023  | value.residentId.birthDate",
		"110105210001010023  | value.residentId.birthDate",
		"110105194912310021  | value.residentId.checksum",
		"440304201001011230  | value.residentId.checksum",
	})
	void invalidNumberIsRejectedWithKeyForItsCause(String raw, String expectedKey) {
		assertThatThrownBy(() -> ResidentId.of(raw, LocalDate.of(2026, 12, 8)))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo(expectedKey));
	}

	@Test
	void aBirthDateAfterTheCitysTodayIsRefusedAndOneOnTodayIsAccepted() {
		String bornOnLeapDay = ResidentIds.complete("11010520280229001");
		assertThat(ResidentId.of(bornOnLeapDay, LocalDate.of(2028, 2, 29)).birthDate()).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThatThrownBy(() -> ResidentId.of(bornOnLeapDay, LocalDate.of(2028, 2, 28)))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo("value.residentId.birthDate"));
		// the value type itself reads no clock: without a today only the calendar is checked
		assertThat(ResidentId.of(bornOnLeapDay).value()).isEqualTo(bornOnLeapDay);
	}

	@Test
	void nullIsRejectedAsBlank() {
		assertThatThrownBy(() -> ResidentId.of(null))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo("value.residentId.blank"));
	}

	@ParameterizedTest
	@CsvSource({
		"11010519491231002, 17",
		"'  1101051949  ', 10",
		"11010519491231002X1, 19",
	})
	void lengthErrorCarriesActualLength(String raw, int actualLength) {
		assertThatThrownBy(() -> ResidentId.of(raw))
				.isInstanceOfSatisfying(InvalidValueException.class, e -> {
					assertThat(e.messageKey()).isEqualTo("value.residentId.length");
					assertThat(e.arguments()).containsExactly(actualLength);
				});
	}

	@Test
	void canonicalConstructorRejectsUnnormalizedInput() {
		assertThatThrownBy(() -> new ResidentId("11010519491231002x"))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo("value.residentId.characters"));
	}

	@ParameterizedTest
	@CsvSource({
		"11010519491231002X, 110105********002X",
		"440304201001011233, 440304********1233",
	})
	void maskedAndToStringHideTheMiddle(String raw, String masked) {
		ResidentId id = ResidentId.of(raw);

		assertThat(id.masked()).isEqualTo(masked);
		assertThat(id.toString()).isEqualTo(masked).doesNotContain(raw);
	}

	@Test
	void matchingBirthDateAndSexAreAccepted() {
		ResidentId id = ResidentId.of("11010519491231002X");

		assertThatNoException().isThrownBy(() -> id.requireMatches(LocalDate.of(1949, 12, 31), Sex.FEMALE));
	}

	@ParameterizedTest
	@CsvSource({
		"1949-12-30, FEMALE, value.residentId.birthDateMismatch",
		"1949-12-30, MALE,   value.residentId.birthDateMismatch",
		"1949-12-31, MALE,   value.residentId.sexMismatch",
	})
	void mismatchingBirthDateOrSexIsRejected(LocalDate birthDate, Sex sex, String expectedKey) {
		ResidentId id = ResidentId.of("11010519491231002X");

		assertThatThrownBy(() -> id.requireMatches(birthDate, sex))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo(expectedKey));
	}

	@Test
	void exceptionMessageDoesNotLeakTheNumber() {
		assertThatThrownBy(() -> ResidentId.of("110105194912310021"))
				.hasMessage("value.residentId.checksum");
	}
}
