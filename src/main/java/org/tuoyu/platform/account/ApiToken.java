package org.tuoyu.platform.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A bearer token as listed on the profile page: the secret itself is never stored or shown again.
 */
public record ApiToken(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
