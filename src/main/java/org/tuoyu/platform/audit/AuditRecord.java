package org.tuoyu.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored audit row.
 */
public record AuditRecord(long seq, Instant occurredAt, UUID actorId, String actorName, String action,
		String targetType, String targetId, String divisionCode, UUID institutionId, String details,
		String remoteAddress, String previousHash, String hash) {

	/** The hash this row must carry given its content and the previous row's hash. */
	String expectedHash() {
		return AuditHash.of(previousHash, occurredAt, actorId, actorName, action, targetType, targetId, divisionCode,
				institutionId, details, remoteAddress);
	}
}
