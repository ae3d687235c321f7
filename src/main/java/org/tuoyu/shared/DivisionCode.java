package org.tuoyu.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Statistical administrative division code (统计用区划代码).
 *
 * <p>The code length determines the {@linkplain DivisionLevel level}: 2 digits for a
 * province, 4 for a city, 6 for a county or district, 9 for a street or town and 12 for
 * a community or village. Each code starts with the code of its parent.
 *
 * @param value the code, digits only
 */
public record DivisionCode(String value) {

	/**
	 * Validates a code.
	 *
	 * @throws InvalidValueException with one key per cause: {@code value.divisionCode.blank},
	 *         {@code .length} or {@code .characters}
	 */
	public DivisionCode {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("value.divisionCode.blank");
		}
		if (DivisionLevel.ofCodeLength(value.length()).isEmpty()) {
			throw new InvalidValueException("value.divisionCode.length", value.length());
		}
		if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidValueException("value.divisionCode.characters");
		}
	}

	/**
	 * Parses user input: surrounding whitespace is removed.
	 *
	 * @throws InvalidValueException if the input is not a valid division code
	 */
	public static DivisionCode of(String raw) {
		if (raw == null) {
			throw new InvalidValueException("value.divisionCode.blank");
		}
		return new DivisionCode(raw.strip());
	}

	/** Returns the level derived from the code length. */
	public DivisionLevel level() {
		return DivisionLevel.ofCodeLength(value.length()).orElseThrow();
	}

	/** Returns the code one level up, or empty for a province. */
	public Optional<DivisionCode> parent() {
		int ordinal = level().ordinal();
		return ordinal == 0 ? Optional.empty() : ancestorAt(DivisionLevel.values()[ordinal - 1]);
	}

	/**
	 * Returns the code of the enclosing division at the given level: this code itself for
	 * its own level, empty for a level below this one.
	 */
	public Optional<DivisionCode> ancestorAt(DivisionLevel level) {
		Objects.requireNonNull(level, "level");
		if (level.compareTo(level()) > 0) {
			return Optional.empty();
		}
		return Optional.of(new DivisionCode(value.substring(0, level.codeLength())));
	}

	/** Returns whether this division is the given division or lies inside it. */
	public boolean isWithin(DivisionCode ancestorOrSelf) {
		Objects.requireNonNull(ancestorOrSelf, "ancestorOrSelf");
		return ancestorOrSelf.level().compareTo(level()) <= 0 && value.startsWith(ancestorOrSelf.value);
	}

	/** Returns the code itself. */
	@Override
	public String toString() {
		return value;
	}
}
