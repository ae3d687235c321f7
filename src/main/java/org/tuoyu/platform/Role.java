package org.tuoyu.platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of DESIGN §5. Officer roles are scoped to a division subtree, institution roles and
 * devices to one institution, guardians to their own children.
 */
public enum Role {

	CITY_ADMIN, DISTRICT_ADMIN, STREET_OFFICER, INSPECTOR, INSTITUTION_ADMIN, CAREGIVER, HEALTH_WORKER, GUARDIAN,
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
