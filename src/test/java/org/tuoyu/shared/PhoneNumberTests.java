package org.tuoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests for {@link PhoneNumber}. */
class PhoneNumberTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"13812345678         | 13812345678",
		"19900001111         | 19900001111",
		"138 1234 5678       | 13812345678",
		"138-1234-5678       | 13812345678",
		"+8613812345678      | 13812345678",
		"+86 138 1234 5678   | 13812345678",
		"+86-138-1234-5678   | 13812345678",
		"8613812345678       | 13812345678",
		"'  13812345678  '   | 13812345678",
	})
	void ofNormalizesSeparatorsAndCountryCode(String raw, String expected) {
		assertThat(PhoneNumber.of(raw).value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"''             | value.phone.blank",
		"' - '          | value.phone.blank",
		"1381234567     | value.phone.length",
		"138123456789   | value.phone.length",
		"861381234567   | value.phone.length",
		"+1 4155552671  | value.phone.length",
		"1381234567O    | value.phone.characters",
		"(13)1234567    | value.phone.characters",
		"+8612345678901 | value.phone.prefix",
		"12812345678    | value.phone.prefix",
		"10012345678    | value.phone.prefix",
		"23812345678    | value.phone.prefix",
	})
	void invalidNumberIsRejectedWithKeyForItsCause(String raw, String expectedKey) {
		assertThatThrownBy(() -> PhoneNumber.of(raw))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo(expectedKey));
	}

	@Test
	void nullIsRejectedAsBlank() {
		assertThatThrownBy(() -> PhoneNumber.of(null))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo("value.phone.blank"));
	}

	@Test
	void lengthErrorCarriesActualLength() {
		assertThatThrownBy(() -> PhoneNumber.of("138 1234 567"))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.arguments()).containsExactly(10));
	}

	@Test
	void maskedAndToStringHideTheMiddleDigits() {
		PhoneNumber phone = PhoneNumber.of("13812345678");

		assertThat(phone.masked()).isEqualTo("138****5678");
		assertThat(phone).hasToString("138****5678");
	}
}
