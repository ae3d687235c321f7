package org.tuoyu.messaging.daily;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;

/**
 * Who may do what with the daily report, in one place. The institution's staff record: the
 * administrator and the health worker for every class, a caregiver for the classes assigned to
 * them. Guardians read their own children's days and write medicine requests. Officers and
 * everyone else never have these actions (403); a child or class outside the user's reach is not
 * found (404).
 */
final class DailyActions {

	/** Who records entries and gives medicine. */
	static final Set<Role> RECORDERS = EnumSet.of(Role.INSTITUTION_ADMIN, Role.CAREGIVER, Role.HEALTH_WORKER);

	private DailyActions() {
	}

	/** Refuses anyone but the institution's staff. */
	static void requireRecorder(CurrentUser user) {
		if (!RECORDERS.contains(user.role()) || user.scope().institutionId() == null) {
			throw new AccessDeniedException(user.role() + " does not record daily reports");
		}
	}

	/** Refuses anyone but a guardian. */
	static void requireGuardian(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			throw new AccessDeniedException(user.role() + " is not a guardian");
		}
	}

	/** Refuses anyone who reads no child's day: only staff and guardians do. */
	static void requireReader(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			requireRecorder(user);
		}
	}

	/** Whether the staff member records for every class of the institution, not only assigned ones. */
	static boolean everyClass(CurrentUser user) {
		return user.role() != Role.CAREGIVER;
	}
}
