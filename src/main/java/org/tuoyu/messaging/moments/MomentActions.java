package org.tuoyu.messaging.moments;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;

/**
 * Who may do what with moments, in one place. The institution's staff post and read: the
 * administrator and the health worker for every class, a caregiver for the classes assigned to them.
 * Guardians read their own children's moments. The author or the administrator withdraws a moment.
 * Officers and everyone else never have these actions (403); a child, moment or photo outside the
 * user's reach is not found (404).
 */
final class MomentActions {

	/** Who posts moments and reads the institution's. */
	static final Set<Role> STAFF = EnumSet.of(Role.INSTITUTION_ADMIN, Role.CAREGIVER, Role.HEALTH_WORKER);

	private MomentActions() {
	}

	/** Whether the user is on the institution's staff side. */
	static boolean staff(CurrentUser user) {
		return STAFF.contains(user.role()) && user.scope().institutionId() != null;
	}

	/** Refuses anyone but the institution's staff. */
	static void requireStaff(CurrentUser user) {
		if (!staff(user)) {
			throw new AccessDeniedException(user.role() + " does not post moments");
		}
	}

	/** Refuses anyone who reads no moments: only staff and guardians do. */
	static void requireReader(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			requireStaff(user);
		}
	}

	/** Whether the staff member reaches every class of the institution, not only assigned ones. */
	static boolean everyClass(CurrentUser user) {
		return user.role() != Role.CAREGIVER;
	}

	/** Whether the user may withdraw a moment posted by {@code postedBy}: its author or the administrator. */
	static boolean mayWithdraw(CurrentUser user, java.util.UUID postedBy) {
		return staff(user) && (user.role() == Role.INSTITUTION_ADMIN || user.accountId().equals(postedBy));
	}
}
