package org.tuoyu.messaging.committee;

import org.springframework.security.access.AccessDeniedException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;

/**
 * Who may do what with the committee and the public texts, in one place: the institution's
 * administrator invites and ends members, records minutes and writes and publishes the texts; the
 * rest of its staff read them; a guardian answers their own invitations and reads the committee of
 * each institution where a child of theirs is placed. Officers never have these actions (403); the
 * public reads the published texts on the disclosure page.
 */
final class CommitteeActions {

	private CommitteeActions() {
	}

	static void requireAdministrator(CurrentUser user) {
		if (user.role() != Role.INSTITUTION_ADMIN || user.scope().institutionId() == null) {
			throw new AccessDeniedException(user.role() + " does not manage the parents' committee");
		}
	}

	static void requireStaff(CurrentUser user) {
		if (!user.role().isInstitutionStaff() || user.scope().institutionId() == null) {
			throw new AccessDeniedException(user.role() + " is not the institution's staff");
		}
	}

	static void requireGuardian(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			throw new AccessDeniedException(user.role() + " is not a guardian");
		}
	}

	/** Whether the staff member manages the committee (the pages offer the forms). */
	static boolean manages(CurrentUser user) {
		return user.role() == Role.INSTITUTION_ADMIN;
	}
}
