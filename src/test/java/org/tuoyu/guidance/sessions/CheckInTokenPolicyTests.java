package org.tuoyu.guidance.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

/** A session's check-in token: valid for its session until its time, refused otherwise, each with its reason. */
class CheckInTokenPolicyTests {

	private final CheckInTokenPolicy tokens = new CheckInTokenPolicy(payload -> hmac("key-one", payload));

	private final UUID session = UUID.fromString("0190f0a0-0000-7000-8000-000000000001");

	private final Instant until = Instant.parse("2026-12-10T03:00:00Z");

	@Test
	void aTokenIsValidForItsSessionUntilItsTime() {
		String token = tokens.issue(session, until);
		assertThat(tokens.verify(token, session, until).sessionId()).isEqualTo(session);
		assertThat(tokens.verify(token, session, until.minusSeconds(3600)).validUntil()).isEqualTo(until);
	}

	@Test
	void anotherSessionsTokenIsRefused() {
		String token = tokens.issue(UUID.randomUUID(), until);
		assertRefused(() -> tokens.verify(token, session, until), "guidance.sessions.checkIn.otherSession");
	}

	@Test
	void anExpiredTokenIsRefused() {
		String token = tokens.issue(session, until);
		assertRefused(() -> tokens.verify(token, session, until.plusSeconds(1)), "guidance.sessions.checkIn.expired");
	}

	@Test
	void aGarbledForgedOrMissingTokenIsRefused() {
		String token = tokens.issue(session, until);
		String forged = new CheckInTokenPolicy(payload -> hmac("key-two", payload)).issue(session, until.plusSeconds(86400));
		for (String bad : new String[] { null, "", "abc", token + "x", "!!." + token.split("\\.")[1], forged }) {
			assertRefused(() -> tokens.verify(bad, session, until), "guidance.sessions.checkIn.invalid");
		}
	}

	private static void assertRefused(Runnable check, String key) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	private static byte[] hmac(String key, String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
