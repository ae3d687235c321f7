package org.tuoyu.platform.account;

import java.time.Instant;
import java.util.UUID;

import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;

/**
 * A user account with its role and the data it may see.
 */
public record Account(UUID id, String username, String displayName, String passwordHash, Role role,
		String divisionCode, UUID institutionId, UUID providerId, boolean enabled, int failedLogins, Instant lockedUntil,
		Instant createdAt) {

	/** The scope derived from the role: never from anything a request says. */
	public DataScope scope() {
		if (role.isDivisionScoped()) {
			return DataScope.division(DivisionCode.of(divisionCode));
		}
		if (role.isInstitutionStaff()) {
			return DataScope.institution(institutionId);
		}
		if (role == Role.GUIDANCE_PROVIDER) {
			return DataScope.provider(providerId);
		}
		return DataScope.guardian(id);
	}

	/** Never prints the password hash. */
	@Override
	public String toString() {
		return "Account[" + username + ", " + role + "]";
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
