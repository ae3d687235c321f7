package org.tuoyu.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Chinese resident identity number (公民身份号码, GB 11643-1999).
 *
 * <p>Eighteen characters: a six-digit address code, an eight-digit birth date
 * ({@code yyyyMMdd}), a three-digit sequence number whose last digit encodes the sex
 * (odd for male) and a check character ({@code 0-9} or {@code X}).
 *
 * <p>{@link #toString()} returns the {@linkplain #masked() masked} number so the full
 * number never ends up in logs.
 *
 * @param value the normalized 18-character number, upper-case {@code X}
 */
public record ResidentId(String value) {

	private static final int LENGTH = 18;
	private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	private static final String CHECK_CHARACTERS = "10X98765432";
	private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	/**
	 * Validates a normalized number.
	 *
	 * @throws InvalidValueException with one key per cause: {@code value.residentId.blank},
	 *         {@code .length}, {@code .characters}, {@code .birthDate} or {@code .checksum}
	 */
	public ResidentId {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("value.residentId.blank");
		}
		if (value.length() != LENGTH) {
			throw new InvalidValueException("value.residentId.length", value.length());
		}
		if (!hasValidCharacters(value)) {
			throw new InvalidValueException("value.residentId.characters");
		}
		if (!isPlausibleBirthDate(value.substring(6, 14))) {
			throw new InvalidValueException("value.residentId.birthDate");
		}
		if (value.charAt(LENGTH - 1) != checkCharacter(value)) {
			throw new InvalidValueException("value.residentId.checksum");
		}
	}

	/**
	 * Parses user input: surrounding whitespace is removed and a lower-case check
	 * character {@code x} is accepted. The birth date is checked to be a real date from 1900 on;
	 * {@link #of(String, LocalDate)} also refuses one after today.
	 *
	 * @throws InvalidValueException if the input is not a valid resident identity number
	 */
	public static ResidentId of(String raw) {
		if (raw == null) {
			throw new InvalidValueException("value.residentId.blank");
		}
		return new ResidentId(raw.strip().toUpperCase(Locale.ROOT));
	}

	/**
	 * Parses user input as {@link #of(String)} does and refuses a birth date after {@code today},
	 * the city's day from the application's clock (a value type never reads the clock itself).
	 *
	 * @throws InvalidValueException if the input is not a valid resident identity number, with
	 *         {@code value.residentId.birthDate} for a birth date in the future
	 */
	public static ResidentId of(String raw, LocalDate today) {
		ResidentId id = of(raw);
		if (id.birthDate().isAfter(today)) {
			throw new InvalidValueException("value.residentId.birthDate");
		}
		return id;
	}

	/** Returns the birth date encoded in characters 7 to 14. */
	public LocalDate birthDate() {
		return parseDate(value.substring(6, 14));
	}

	/** Returns the sex encoded in the 17th character (odd for male). */
	public Sex sex() {
		return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/** Returns the number with all but the first six and the last four characters hidden. */
	public String masked() {
		return value.substring(0, 6) + "*".repeat(LENGTH - 10) + value.substring(LENGTH - 4);
	}

	/**
	 * Checks that this number is consistent with a separately entered birth date and sex.
	 *
	 * @throws InvalidValueException {@code value.residentId.birthDateMismatch} or
	 *         {@code value.residentId.sexMismatch}
	 */
	public void requireMatches(LocalDate birthDate, Sex sex) {
		Objects.requireNonNull(birthDate, "birthDate");
		Objects.requireNonNull(sex, "sex");
		if (!birthDate().equals(birthDate)) {
			throw new InvalidValueException("value.residentId.birthDateMismatch");
		}
		if (sex() != sex) {
			throw new InvalidValueException("value.residentId.sexMismatch");
		}
	}

	/** Returns the masked number; see {@link #masked()}. */
	@Override
	public String toString() {
		return masked();
	}

	/**
	 * Completes 17 digits with their check character, e.g. to generate demonstration data.
	 *
	 * @throws InvalidValueException when the result is not a valid number
	 */
	public static ResidentId withCheckCharacter(String first17) {
		if (first17 == null || first17.length() != LENGTH - 1) {
			throw new InvalidValueException("value.residentId.length", first17 == null ? 0 : first17.length() + 1);
		}
		return of(first17 + checkCharacter(first17 + "0"));
	}

	private static boolean hasValidCharacters(String value) {
		for (int i = 0; i < LENGTH - 1; i++) {
			if (!isAsciiDigit(value.charAt(i))) {
				return false;
			}
		}
		char check = value.charAt(LENGTH - 1);
		return isAsciiDigit(check) || check == 'X';
	}

	private static boolean isPlausibleBirthDate(String yyyyMMdd) {
		LocalDate date;
		try {
			date = parseDate(yyyyMMdd);
		} catch (DateTimeException e) {
			return false;
		}
		return !date.isBefore(EARLIEST_BIRTH_DATE);
	}

	private static LocalDate parseDate(String yyyyMMdd) {
		return LocalDate.of(
				Integer.parseInt(yyyyMMdd.substring(0, 4)),
				Integer.parseInt(yyyyMMdd.substring(4, 6)),
				Integer.parseInt(yyyyMMdd.substring(6, 8)));
	}

	private static char checkCharacter(String value) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
