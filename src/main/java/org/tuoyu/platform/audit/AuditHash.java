package org.tuoyu.platform.audit;

import java.time.Instant;
import java.util.Objects;

import org.tuoyu.platform.Sha256;

/**
 * SHA-256 over a row's content and the previous row's hash: changing, removing or reordering
 * any row breaks the chain from that row on.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	static String of(String previousHash, Instant occurredAt, Object... fields) {
		StringBuilder canonical = new StringBuilder(previousHash).append('\u001f')
			.append(occurredAt.getEpochSecond())
			.append('.')
			.append(occurredAt.getNano() / 1000);
		for (Object field : fields) {
			// Length-prefixed so that ("ab","c") and ("a","bc") hash differently.
			String text = Objects.toString(field, "\u0000");
			canonical.append('\u001f').append(text.length()).append(':').append(text);
		}
		return Sha256.hex(canonical.toString());
	}
}
