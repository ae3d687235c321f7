package org.tuoyu.guidance.register;

import java.util.EnumSet;
import java.util.Set;

import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.InvalidValueException;

/**
 * Who reaches the register, and where: officers and community health workers read the children
 * of their own division subtree; street officers, community health workers and district and city
 * administrators also import, enter and take children out. Anyone else, and anything outside the
 * user's area, is not found.
 */
final class RegisterAccess {

	private static final Set<Role> KEEPERS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.STREET_OFFICER,
			Role.COMMUNITY_HEALTH);

	private RegisterAccess() {
	}

	/** Whether the user may import, enter and take children out of the register of their area. */
	static boolean keeps(CurrentUser user) {
		return KEEPERS.contains(user.role()) && user.scope().division() != null;
	}

	/** The root of the area the user reads; anyone without one finds nothing. */
	static DivisionCode area(CurrentUser user) {
		if (!user.role().isDivisionScoped() || user.scope().division() == null) {
			throw new NotFoundException("register");
		}
		return user.scope().division();
	}

	/** The root of the area the user keeps; anyone who does not keep the register finds nothing. */
	static DivisionCode keptArea(CurrentUser user) {
		if (!keeps(user)) {
			throw new NotFoundException("register");
		}
		return user.scope().division();
	}

	/** A division inside the user's area, or the area itself when {@code code} is blank; else not found. */
	static DivisionCode within(CurrentUser user, String code) {
		DivisionCode root = area(user);
		if (code == null || code.isBlank()) {
			return root;
		}
		try {
			DivisionCode division = DivisionCode.of(code);
			if (division.isWithin(root)) {
				return division;
			}
		}
		catch (InvalidValueException ex) {
			// An unparsable code is as unknown as one outside the area.
		}
		throw new NotFoundException("division");
	}

	/** Whether an entry living in the street (and community, if known) lies inside the division. */
	static boolean covers(DivisionCode division, String street, String community) {
		return (community != null && community.startsWith(division.value())) || street.startsWith(division.value());
	}
}
