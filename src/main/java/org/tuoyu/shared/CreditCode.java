package org.tuoyu.shared;

import java.util.Locale;

/**
 * Unified social credit code of an organization (统一社会信用代码, GB 32100-2015).
 *
 * <p>Eighteen characters from {@code 0-9} and the upper-case letters except
 * {@code I, O, S, V, Z}; the last character is a check character computed modulo 31.
 *
 * @param value the normalized 18-character code, upper case
 */
public record CreditCode(String value) {

	private static final int LENGTH = 18;
	private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

	/**
	 * Validates a normalized code.
	 *
	 * @throws InvalidValueException with one key per cause: {@code value.creditCode.blank},
	 *         {@code .length}, {@code .characters} or {@code .checksum}
	 */
	public CreditCode {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("value.creditCode.blank");
		}
		if (value.length() != LENGTH) {
			throw new InvalidValueException("value.creditCode.length", value.length());
		}
		if (!value.chars().allMatch(c -> CHARACTERS.indexOf(c) >= 0)) {
			throw new InvalidValueException("value.creditCode.characters");
		}
		if (value.charAt(LENGTH - 1) != checkCharacter(value)) {
			throw new InvalidValueException("value.creditCode.checksum");
		}
	}

	/**
	 * Parses user input: surrounding whitespace is removed and letters are upper-cased.
	 *
	 * @throws InvalidValueException if the input is not a valid unified social credit code
	 */
	public static CreditCode of(String raw) {
		if (raw == null) {
			throw new InvalidValueException("value.creditCode.blank");
		}
		return new CreditCode(raw.strip().toUpperCase(Locale.ROOT));
	}

	/** Returns the code itself. */
	@Override
	public String toString() {
		return value;
	}

	/**
	 * Completes the first 17 characters with their check character, e.g. for generated test or
	 * demo data.
	 *
	 * @throws InvalidValueException when the result is not a valid code
	 */
	public static CreditCode withCheckCharacter(String first17) {
		if (first17 == null || first17.length() != LENGTH - 1) {
			throw new InvalidValueException("value.creditCode.length", first17 == null ? 0 : first17.length() + 1);
		}
		return new CreditCode(first17 + checkCharacter(first17 + "0"));
	}

	private static char checkCharacter(String value) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += CHARACTERS.indexOf(value.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARACTERS.charAt(check == 31 ? 0 : check);
	}
}
