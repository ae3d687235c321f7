package org.tuoyu.supervision.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Tracking codes: 12 random characters of an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 59 bits, shown in groups of four ({@code K7QM-4XHR-2PZD}). Only a keyed index of the normalised
 * code is stored.
 */
public final class ComplaintTrackingCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ComplaintTrackingCodes() {
	}

	/** A new code, grouped for reading. */
	public static String generate() {
		StringBuilder code = new StringBuilder(LENGTH + 2);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code as typed, without spaces and hyphens, upper case; empty if it cannot be a code (so a
	 * malformed one is never looked up).
	 */
	public static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}
}
