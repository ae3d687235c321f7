package org.tuoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests for {@link DivisionCode} and {@link DivisionLevel}. */
class DivisionCodeTests {

	@ParameterizedTest
	@CsvSource({
		"11,           PROVINCE",
		"1101,         CITY",
		"110105,       COUNTY",
		"110105001,    STREET",
		"110105001001, COMMUNITY",
	})
	void levelFollowsFromLength(String raw, DivisionLevel level) {
		DivisionCode code = DivisionCode.of(raw);

		assertThat(code.level()).isEqualTo(level);
		assertThat(level.codeLength()).isEqualTo(raw.length());
	}

	@ParameterizedTest
	@CsvSource({
		"110105001001, 110105001",
		"110105001,    110105",
		"110105,       1101",
		"1101,         11",
	})
	void parentDropsTheLastSegment(String raw, String parent) {
		assertThat(DivisionCode.of(raw).parent()).contains(DivisionCode.of(parent));
	}

	@Test
	void provinceHasNoParent() {
		assertThat(DivisionCode.of("11").parent()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({
		"110105001001, PROVINCE,  11",
		"110105001001, CITY,      1101",
		"110105001001, COUNTY,    110105",
		"110105001001, STREET,    110105001",
		"110105001001, COMMUNITY, 110105001001",
		"110105,       COUNTY,    110105",
	})
	void ancestorAtReturnsEnclosingDivision(String raw, DivisionLevel level, String expected) {
		assertThat(DivisionCode.of(raw).ancestorAt(level)).contains(DivisionCode.of(expected));
	}

	@ParameterizedTest
	@CsvSource({
		"110105, STREET",
		"110105, COMMUNITY",
		"11,     CITY",
	})
	void ancestorAtLowerLevelIsEmpty(String raw, DivisionLevel level) {
		assertThat(DivisionCode.of(raw).ancestorAt(level)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({
		"110105001001, 11,           true",
		"110105001001, 110105,       true",
		"110105001001, 110105001001, true",
		"110105,       110105,       true",
		"110105,       1101,         true",
		"110105,       1102,         false",
		"110105,       12,           false",
		"1101,         110105,       false",
		"110105001,    110105001001, false",
	})
	void isWithinMeansSameOrEnclosingDivision(String raw, String other, boolean within) {
		assertThat(DivisionCode.of(raw).isWithin(DivisionCode.of(other))).isEqualTo(within);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"''            | value.divisionCode.blank",
		"'   '         | value.divisionCode.blank",
		"1             | value.divisionCode.length",
		"110           | value.divisionCode.length",
		"11010500      | value.divisionCode.length",
		"1101050010010 | value.divisionCode.length",
		"1A            | value.divisionCode.characters",
		"110-05        | value.divisionCode.characters",
		"11010500100X  | value.divisionCode.characters",
	})
	void invalidCodeIsRejectedWithKeyForItsCause(String raw, String expectedKey) {
		assertThatThrownBy(() -> DivisionCode.of(raw))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo(expectedKey));
	}

	@Test
	void nullIsRejectedAsBlank() {
		assertThatThrownBy(() -> DivisionCode.of(null))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.messageKey()).isEqualTo("value.divisionCode.blank"));
	}

	@Test
	void lengthErrorCarriesActualLength() {
		assertThatThrownBy(() -> DivisionCode.of("110"))
				.isInstanceOfSatisfying(InvalidValueException.class,
						e -> assertThat(e.arguments()).containsExactly(3));
	}

	@Test
	void ofTrimsSurroundingWhitespace() {
		assertThat(DivisionCode.of(" 110105 ")).hasToString("110105");
	}

	@Test
	void unknownCodeLengthHasNoLevel() {
		assertThat(DivisionLevel.ofCodeLength(8)).isEmpty();
	}
}
