package org.tuoyu.attendance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A gate terminal of an institution, with its token's first characters (the secret is shown once). */
public record GateDevice(UUID id, String name, String tokenPrefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
		OffsetDateTime revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
