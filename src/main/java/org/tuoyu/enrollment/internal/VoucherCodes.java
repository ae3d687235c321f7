package org.tuoyu.enrollment.internal;

import java.security.SecureRandom;

/**
 * Voucher codes: 8 random characters from an alphabet without the look-alikes 0/O and 1/I
 * (32 symbols, about 10^12 codes), easy to read out and type.
 */
public final class VoucherCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private VoucherCodes() {
	}

	/** A new random code; uniqueness is enforced by the table's unique constraint. */
	public static String next() {
		char[] code = new char[8];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}

	/** A typed code as stored: upper case, spaces and dashes removed. */
	public static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
	}
}
