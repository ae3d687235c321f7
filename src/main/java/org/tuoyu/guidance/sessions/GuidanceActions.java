package org.tuoyu.guidance.sessions;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;

/**
 * Who may do what with guidance providers, commissions, sessions and bookings, in one place. A
 * role that never has an action is refused (403); a record outside the user's scope is not found
 * (404) by the facades.
 */
final class GuidanceActions {

	/** City and district administrators register providers and open their workers' accounts. */
	static final Set<Role> REGISTER_PROVIDERS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN);

	/** Counties, streets (and communities under them) commission providers. */
	static final Set<Role> COMMISSION = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.STREET_OFFICER);

	/** Who reads providers and commissions of their area. */
	static final Set<Role> READ_PROVIDERS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.STREET_OFFICER,
			Role.INSPECTOR, Role.COMMUNITY_HEALTH, Role.GUIDANCE_PROVIDER);

	/** The community plans home visits and invites children below their quota. */
	static final Set<Role> COMMUNITY = EnumSet.of(Role.STREET_OFFICER, Role.COMMUNITY_HEALTH);

	/** Who sees the children below their quota: the community and the administrators over it. */
	static final Set<Role> QUOTA_READERS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.STREET_OFFICER,
			Role.COMMUNITY_HEALTH);

	private GuidanceActions() {
	}

	/** Refuses a user whose role never has the action. */
	static void require(CurrentUser user, Set<Role> roles) {
		if (!roles.contains(user.role())) {
			throw new AccessDeniedException(user.role() + " may not do this");
		}
	}

	/** Refuses anyone but a guidance provider's worker. */
	static void requireProviderWorker(CurrentUser user) {
		if (user.role() != Role.GUIDANCE_PROVIDER || user.scope().providerId() == null) {
			throw new AccessDeniedException(user.role() + " is not a provider's worker");
		}
	}

	/** Refuses anyone but a guardian. */
	static void requireGuardian(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			throw new AccessDeniedException(user.role() + " is not a guardian");
		}
	}

	/** Whether a division-scoped user's area covers the division. */
	static boolean covers(CurrentUser user, String divisionCode) {
		return user.scope().division() != null && divisionCode != null
				&& divisionCode.startsWith(user.scope().division().value());
	}

	/** Whether a division-scoped user's area and the area overlap (one contains the other). */
	static boolean overlaps(CurrentUser user, String areaCode) {
		DivisionCode scope = user.scope().division();
		return scope != null && (areaCode.startsWith(scope.value()) || scope.value().startsWith(areaCode));
	}
}
