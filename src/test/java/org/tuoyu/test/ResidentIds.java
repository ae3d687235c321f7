package org.tuoyu.test;

/** Valid resident ID numbers (GB 11643) for tests. */
public final class ResidentIds {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private ResidentIds() {
	}

	/** The first 17 characters with their check character. */
	public static String complete(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK.charAt(sum % 11);
	}

	/** A valid number born 1990-03-15 in Wuxi, distinct per serial (0–999). */
	public static String valid(int serial) {
		return complete("32020219900315" + String.format("%03d", serial % 1000));
	}

	/** A valid number whose check character is X, distinct per start serial. */
	public static String endingInX(int fromSerial) {
		for (int serial = fromSerial;; serial++) {
			String id = valid(serial);
			if (id.endsWith("X")) {
				return id;
			}
		}
	}
}
