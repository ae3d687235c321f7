package org.tuoyu.shared;

import java.util.regex.Pattern;

/**
 * Mainland China mobile phone number: eleven digits starting with {@code 13} to {@code 19}.
 *
 * <p>{@link #toString()} returns the {@linkplain #masked() masked} number so the full
 * number never ends up in logs.
 *
 * @param value the eleven-digit number without country code or separators
 */
public record PhoneNumber(String value) {

	private static final int LENGTH = 11;
	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
	private static final Pattern MOBILE_PREFIX = Pattern.compile("1[3-9]\\d{9}");

	/**
	 * Validates a normalized number.
	 *
	 * @throws InvalidValueException with one key per cause: {@code value.phone.blank},
	 *         {@code .length}, {@code .characters} or {@code .prefix}
	 */
	public PhoneNumber {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("value.phone.blank");
		}
		if (value.length() != LENGTH) {
			throw new InvalidValueException("value.phone.length", value.length());
		}
		if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidValueException("value.phone.characters");
		}
		if (!MOBILE_PREFIX.matcher(value).matches()) {
			throw new InvalidValueException("value.phone.prefix");
		}
	}

	/**
	 * Parses user input: spaces and hyphens are removed, as is a leading country code
	 * {@code +86} or {@code 86} in front of an eleven-digit number.
	 *
	 * @throws InvalidValueException if the input is not a valid mainland mobile number
	 */
	public static PhoneNumber of(String raw) {
		if (raw == null) {
			throw new InvalidValueException("value.phone.blank");
		}
		String digits = SEPARATORS.matcher(raw).replaceAll("");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		} else if (digits.startsWith("86") && digits.length() == LENGTH + 2) {
			digits = digits.substring(2);
		}
		return new PhoneNumber(digits);
	}

	/** Returns the number with the middle four digits hidden, e.g. {@code 138****5678}. */
	public String masked() {
		return value.substring(0, 3) + "****" + value.substring(7);
	}

	/** Returns the masked number; see {@link #masked()}. */
	@Override
	public String toString() {
		return masked();
	}
}
