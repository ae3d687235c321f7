package org.tuoyu.test;

import org.tuoyu.shared.CreditCode;

/**
 * Valid unified social credit codes for tests.
 */
public final class CreditCodes {

	private CreditCodes() {
	}

	/** A valid code whose first 17 characters end with the given serial number. */
	public static String valid(int serial) {
		return CreditCode.withCheckCharacter("52320200MJ" + String.format("%07d", serial)).value();
	}
}
