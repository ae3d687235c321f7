package org.tuoyu.platform;

import java.security.SecureRandom;
import java.util.Base64;

/** Bearer secrets (API and device tokens): a prefix and 32 random bytes, URL-safe Base64. */
public final class SecretTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	public static String generate(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
