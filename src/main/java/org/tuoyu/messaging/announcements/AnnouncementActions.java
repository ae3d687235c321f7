package org.tuoyu.messaging.announcements;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;

/**
 * Who may do what with announcements, in one place. The institution's administrator publishes to
 * every family, a class or chosen families and follows every announcement of the institution; a
 * caregiver publishes to the classes assigned to them (or chosen families of those classes) and
 * follows the announcements to those classes. Guardians read the announcements sent to them and
 * acknowledge them. Anyone else — officers included: regulators never read families' messaging —
 * never has these actions (403); an announcement outside the user's reach is not found (404).
 */
final class AnnouncementActions {

	/** Who publishes and follows announcements. */
	static final Set<Role> PUBLISHERS = EnumSet.of(Role.INSTITUTION_ADMIN, Role.CAREGIVER);

	private AnnouncementActions() {
	}

	/** Refuses anyone but an institution's administrator or caregiver. */
	static void requirePublisher(CurrentUser user) {
		if (!PUBLISHERS.contains(user.role()) || user.scope().institutionId() == null) {
			throw new AccessDeniedException(user.role() + " does not publish announcements");
		}
	}

	/** Refuses anyone but a guardian. */
	static void requireGuardian(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			throw new AccessDeniedException(user.role() + " does not receive announcements");
		}
	}

	/** Whether the publisher reaches every class and every family of the institution. */
	static boolean wholeInstitution(CurrentUser user) {
		return user.role() == Role.INSTITUTION_ADMIN;
	}
}
