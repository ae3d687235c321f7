package org.tuoyu.platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * The platform's roles. Officer roles and community health workers are scoped to a division
 * subtree, institution roles and devices to one institution, guidance providers' workers to their
 * provider's commissions, guardians to their own children.
 */
public enum Role {

	CITY_ADMIN, DISTRICT_ADMIN, STREET_OFFICER, INSPECTOR, INSTITUTION_ADMIN, CAREGIVER, HEALTH_WORKER, GUARDIAN,
	/**
	 * A worker of a community health service centre (社区卫生服务中心): keeps the register of children
	 * 0–3 and plans parenting guidance for one street; not a regulator.
	 */
	COMMUNITY_HEALTH,
	/**
	 * A worker of a commissioned parenting-guidance provider (育儿指导机构): runs the sessions of the
	 * provider's commissions and sees only their areas.
	 */
	GUIDANCE_PROVIDER,
	/**
	 * A gate terminal (card or face device) of one institution, signed in by its device token; not an
	 * account: its {@link CurrentUser#accountId()} is the device's id.
	 */
	DEVICE;

	private static final Set<Role> OFFICERS = EnumSet.of(CITY_ADMIN, DISTRICT_ADMIN, STREET_OFFICER, INSPECTOR);

	private static final Set<Role> INSTITUTION_STAFF = EnumSet.of(INSTITUTION_ADMIN, CAREGIVER, HEALTH_WORKER);

	/** Regulator roles: scoped to a division subtree. */
	public boolean isOfficer() {
		return OFFICERS.contains(this);
	}

	/** Roles scoped to a division subtree: the regulators and community health workers. */
	public boolean isDivisionScoped() {
		return isOfficer() || this == COMMUNITY_HEALTH;
	}

	/** Institution roles: scoped to one institution. */
	public boolean isInstitutionStaff() {
		return INSTITUTION_STAFF.contains(this);
	}

	/** The Spring Security authority name, {@code ROLE_} + name. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of this role's display name. */
	public String messageKey() {
		return "role." + name();
	}
}
