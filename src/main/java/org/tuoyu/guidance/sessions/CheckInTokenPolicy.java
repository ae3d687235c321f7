package org.tuoyu.guidance.sessions;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

import org.tuoyu.platform.BusinessRuleException;

/**
 * The signed token in a session's QR code: the session and the moment the code stops working,
 * signed with a keyed digest so that nobody can make one for another session or a later time.
 * A code of another session, an expired one or a garbled one is refused, each with its message.
 */
final class CheckInTokenPolicy {

	private static final int SIGNATURE_BYTES = 16;

	private final Function<String, byte[]> signer;

	/** @param signer a keyed digest (HMAC) of the token's payload */
	CheckInTokenPolicy(Function<String, byte[]> signer) {
		this.signer = signer;
	}

	/** What a valid token says. */
	record Claims(UUID sessionId, Instant validUntil) {
	}

	/** A token for the session, valid until the given moment. */
	String issue(UUID sessionId, Instant validUntil) {
		ByteBuffer bytes = ByteBuffer.allocate(24);
		bytes.putLong(sessionId.getMostSignificantBits()).putLong(sessionId.getLeastSignificantBits());
		bytes.putLong(validUntil.getEpochSecond());
		String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
		return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature(payload));
	}

	/**
	 * The claims of a token presented for the session at a moment.
	 *
	 * @throws BusinessRuleException {@code guidance.sessions.checkIn.invalid} for a garbled or forged
	 *         token, {@code .otherSession} for another session's, {@code .expired} after its time
	 */
	Claims verify(String token, UUID sessionId, Instant now) {
		Claims claims = read(token);
		if (!claims.sessionId().equals(sessionId)) {
			throw new BusinessRuleException(null, "guidance.sessions.checkIn.otherSession");
		}
		if (now.isAfter(claims.validUntil())) {
			throw new BusinessRuleException(null, "guidance.sessions.checkIn.expired");
		}
		return claims;
	}

	private Claims read(String token) {
		String[] parts = token == null ? new String[0] : token.strip().split("\\.", -1);
		if (parts.length != 2) {
			throw invalid();
		}
		byte[] payload;
		byte[] presented;
		try {
			payload = Base64.getUrlDecoder().decode(parts[0]);
			presented = Base64.getUrlDecoder().decode(parts[1]);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (payload.length != 24 || !MessageDigest.isEqual(presented, signature(parts[0]))) {
			throw invalid();
		}
		ByteBuffer bytes = ByteBuffer.wrap(payload);
		return new Claims(new UUID(bytes.getLong(), bytes.getLong()), Instant.ofEpochSecond(bytes.getLong()));
	}

	private byte[] signature(String payload) {
		return Arrays.copyOf(signer.apply(payload), SIGNATURE_BYTES);
	}

	private static BusinessRuleException invalid() {
		return new BusinessRuleException(null, "guidance.sessions.checkIn.invalid");
	}
}
