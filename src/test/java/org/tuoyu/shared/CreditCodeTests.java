package org.tuoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests for {@link CreditCode}.
 *
 * <p>Apart from 91350100M000100Y43, the codes below are made up; their check characters
 * were computed with the GB 32100 algorithm: 91110000600037341L, 91440300MA5ABCDEFW,
 * 12100000400000624D, 52310000MJ4917431P.
 */
class CreditCodeTests {

	@ParameterizedTest
	@CsvSource({
		"91350100M000100Y43",
		"91110000600037341L",
		"91440300MA5ABCDEFW",
		"12100000400000624D",
		"52310000MJ4917431P",
	})
	void validCodeIsAccepted(String raw) {
		assertThat(CreditCode.of(raw).value()).isEqualTo(raw);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"91350100m000100y43       | 91350100M000100Y43",
		"'  91440300ma5abcdefw  ' | 91440300MA5ABCDEFW",
	})
	void ofTrimsAndUpperCases(String raw, String expected) {
		assertThat(CreditCode.of(raw).value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"''                  | value.creditCode.blank",
		"'  '                | value.creditCode.blank",
		"91350100M000100Y4   | value.creditCode.length",
		"91350100M000100Y430 | value.creditCode.length",
		"91350100I000100Y43  | value.creditCode.characters",
		"91350100O000100Y43  | value.creditCode.characters",
		"91350100S000100Y43  | value.creditCode.characters",
		"91350100V000100Y43  | value.creditCode.characters",
		"91350100Z000100Y43  | value.creditCode.characters",
		"91350100M000100Y-3  | value.creditCode.characters",
		"91350100M000100Y44  | value.creditCode.checksum",
		"91350100M000100Y34  | value.creditCode.checksum",
		"91110000600037341K  | value.creditCode.checksum",
	})
	void invalidCodeIsRejectedWithKeyForItsCause(String raw, String expectedKey) {
		assertThatThrownBy(() -> CreditCode.of(raw))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo(expectedKey));
	}

	@Test
	void nullIsRejectedAsBlank() {
		assertThatThrownBy(() -> CreditCode.of(null))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo("value.creditCode.blank"));
	}

	@Test
	void lengthErrorCarriesActualLength() {
		assertThatThrownBy(() -> CreditCode.of("91350100"))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.arguments()).containsExactly(8));
	}

	@Test
	void toStringIsTheCode() {
		assertThat(CreditCode.of("91350100M000100Y43")).hasToString("91350100M000100Y43");
	}

	@org.junit.jupiter.api.Test
	void completesSeventeenCharactersWithTheirCheckCharacter() {
		org.assertj.core.api.Assertions.assertThat(CreditCode.withCheckCharacter("91350100M000100Y4").value())
			.isEqualTo("91350100M000100Y43");
	}
}
