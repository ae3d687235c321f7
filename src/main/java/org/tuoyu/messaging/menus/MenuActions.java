package org.tuoyu.messaging.menus;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;

/**
 * Who may do what with menus and plans, in one place: the institution's administrator and health
 * worker (who plans the children's diet) write, copy and publish them; every member of the
 * institution's staff reads them with a class's allergy alerts; guardians read the published ones
 * of their children's class types. Officers and everyone else never have these actions (403); a
 * class or child out of reach is not found (404).
 */
final class MenuActions {

	/** Who writes and publishes menus and plans. */
	static final Set<Role> EDITORS = EnumSet.of(Role.INSTITUTION_ADMIN, Role.HEALTH_WORKER);

	private MenuActions() {
	}

	static void requireEditor(CurrentUser user) {
		if (!EDITORS.contains(user.role()) || user.scope().institutionId() == null) {
			throw new AccessDeniedException(user.role() + " does not write menus");
		}
	}

	static void requireStaff(CurrentUser user) {
		if (!user.role().isInstitutionStaff() || user.scope().institutionId() == null) {
			throw new AccessDeniedException(user.role() + " does not read the institution's menus");
		}
	}

	static void requireGuardian(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			throw new AccessDeniedException(user.role() + " is not a guardian");
		}
	}

	/** Whether the staff member may write menus (the pages offer the forms). */
	static boolean edits(CurrentUser user) {
		return EDITORS.contains(user.role());
	}
}
