package org.tuoyu.platform.account;

import java.util.Map;

import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;

/**
 * Who may create which officer account where: only administrators, only division-scoped roles
 * (officers and community health workers) no higher than their own, only inside their own division
 * subtree, at the division level the role works at.
 */
public final class AccountCreationPolicy {

	private static final Map<Role, DivisionLevel> LEVEL_OF_ROLE = Map.of(Role.CITY_ADMIN, DivisionLevel.CITY,
			Role.DISTRICT_ADMIN, DivisionLevel.COUNTY, Role.STREET_OFFICER, DivisionLevel.STREET,
			Role.COMMUNITY_HEALTH, DivisionLevel.STREET);

	private AccountCreationPolicy() {
	}

	/**
	 * Checks that {@code creator} may create an account with {@code role} in {@code division}.
	 * @throws BusinessRuleException with the field and reason when not
	 */
	public static void check(CurrentUser creator, Role role, DivisionCode division) {
		if (creator.role() != Role.CITY_ADMIN && creator.role() != Role.DISTRICT_ADMIN) {
			throw new BusinessRuleException(null, "account.create.notAdmin");
		}
		if (!role.isDivisionScoped()) {
			throw new BusinessRuleException("role", "account.create.officerRolesOnly");
		}
		if (creator.role() == Role.DISTRICT_ADMIN && role == Role.CITY_ADMIN) {
			throw new BusinessRuleException("role", "account.create.roleAboveOwn");
		}
		if (!creator.scope().covers(division)) {
			throw new BusinessRuleException("divisionCode", "account.create.outsideScope", division.value());
		}
		DivisionLevel required = LEVEL_OF_ROLE.get(role);
		if (required != null && division.level() != required) {
			throw new BusinessRuleException("divisionCode", "account.create.levelMismatch",
					"division.level." + required.name());
		}
		if (role == Role.INSPECTOR && division.level() != DivisionLevel.CITY && division.level() != DivisionLevel.COUNTY) {
			throw new BusinessRuleException("divisionCode", "account.create.inspectorLevel");
		}
	}
}
