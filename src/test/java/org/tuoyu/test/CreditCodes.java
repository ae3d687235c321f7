package org.tuoyu.test;

/**
 * Valid unified social credit codes for tests, computed with the GB 32100 check character.
 */
public final class CreditCodes {

	private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private CreditCodes() {
	}

	/** A valid code whose first 17 characters end with the given serial number. */
	public static String valid(int serial) {
		String first = "52320200MJ" + String.format("%07d", serial);
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += CHARACTERS.indexOf(first.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		int check = (31 - sum % 31) % 31;
		return first + CHARACTERS.charAt(check);
	}
}
