package org.tuoyu.family;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A consent given, and when it was withdrawn if it was. */
public record Consent(UUID id, ConsentKind kind, OffsetDateTime grantedAt, OffsetDateTime withdrawnAt) {

	public boolean inForce() {
		return withdrawnAt == null;
	}
}
