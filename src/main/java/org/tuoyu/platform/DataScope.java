package org.tuoyu.platform;

import java.util.Optional;
import java.util.UUID;

import org.tuoyu.shared.DivisionCode;

/**
 * What a user may see, derived on the server from the account, never from a request: a division
 * subtree (officers), one institution (institution staff) or the guardian's own children.
 *
 * @param division the root of the visible division subtree, for officers
 * @param institutionId the visible institution, for institution staff
 * @param guardianAccountId the guardian whose children are visible
 */
public record DataScope(DivisionCode division, UUID institutionId, UUID guardianAccountId) {

	public static DataScope division(DivisionCode division) {
		return new DataScope(division, null, null);
	}

	public static DataScope institution(UUID institutionId) {
		return new DataScope(null, institutionId, null);
	}

	public static DataScope guardian(UUID accountId) {
		return new DataScope(null, null, accountId);
	}

	/** Whether the division {@code code} lies inside this scope's division subtree. */
	public boolean covers(DivisionCode code) {
		return division != null && code.isWithin(division);
	}

	public Optional<DivisionCode> divisionRoot() {
		return Optional.ofNullable(division);
	}
}
