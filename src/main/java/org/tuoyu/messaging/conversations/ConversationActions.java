package org.tuoyu.messaging.conversations;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;

/**
 * Who may do what with conversations, in one place. Guardians write on the family's side;
 * institution administrators and caregivers on the institution's. Any other role never converses
 * (403); a thread outside the user's scope is not found (404) by the facade.
 */
final class ConversationActions {

	/** The roles that take part in conversations. */
	static final Set<Role> PARTICIPANTS = EnumSet.of(Role.GUARDIAN, Role.INSTITUTION_ADMIN, Role.CAREGIVER);

	private ConversationActions() {
	}

	/** Whether the user's role takes part in conversations at all. */
	static boolean converses(CurrentUser user) {
		return PARTICIPANTS.contains(user.role());
	}

	/** The user's side, or refused for a role that never converses. */
	static Side sideOf(CurrentUser user) {
		if (!converses(user)) {
			throw new AccessDeniedException(user.role() + " does not take part in conversations");
		}
		return user.role() == Role.GUARDIAN ? Side.FAMILY : Side.INSTITUTION;
	}

	/** Refuses anyone but an institution administrator (office hours, threads with one guardian). */
	static void requireAdministrator(CurrentUser user) {
		if (user.role() != Role.INSTITUTION_ADMIN) {
			throw new AccessDeniedException(user.role() + " is not an institution administrator");
		}
	}

	/** Refuses anyone but the institution's staff who converse (office hours are read by them). */
	static void requireStaff(CurrentUser user) {
		if (sideOf(user) != Side.INSTITUTION) {
			throw new AccessDeniedException(user.role() + " is not institution staff");
		}
	}
}
