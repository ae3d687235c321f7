package org.tuoyu.platform;

import java.util.Optional;
import java.util.UUID;

import org.tuoyu.shared.DivisionCode;

/**
 * What a user may see, derived on the server from the account, never from a request: a division
 * subtree (officers, community health workers), one institution (institution staff), one guidance
 * provider's commissions (its workers) or the guardian's own children.
 *
 * @param division the root of the visible division subtree, for officers
 * @param institutionId the visible institution, for institution staff
 * @param guardianAccountId the guardian whose children are visible
 * @param providerId the guidance provider whose commissioned areas are visible, for its workers
 */
public record DataScope(DivisionCode division, UUID institutionId, UUID guardianAccountId, UUID providerId) {

	public static DataScope division(DivisionCode division) {
		return new DataScope(division, null, null, null);
	}

	public static DataScope institution(UUID institutionId) {
		return new DataScope(null, institutionId, null, null);
	}

	public static DataScope guardian(UUID accountId) {
		return new DataScope(null, null, accountId, null);
	}

	public static DataScope provider(UUID providerId) {
		return new DataScope(null, null, null, providerId);
	}

	/** Whether the division {@code code} lies inside this scope's division subtree. */
	public boolean covers(DivisionCode code) {
		return division != null && code.isWithin(division);
	}

	public Optional<DivisionCode> divisionRoot() {
		return Optional.ofNullable(division);
	}
}
