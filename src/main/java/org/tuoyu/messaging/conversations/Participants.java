package org.tuoyu.messaging.conversations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.messaging.conversations.ConversationRows.ThreadRow;
import org.tuoyu.messaging.conversations.ConversationRows.ThreadScope;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;
import org.tuoyu.staff.StaffManagement;

/**
 * Who takes part in a thread, derived when asked from the other modules, never stored: the child's
 * guardians (family), the caregivers assigned now to the class the child is placed in (enrollment
 * and staff) and the institution's administrators; for a guardian's thread, that guardian and the
 * administrators.
 */
@Component
class Participants {

	private final FamilyManagement family;

	private final EnrollmentRecordManagement records;

	private final StaffManagement staff;

	private final AccountManagement accounts;

	Participants(FamilyManagement family, EnrollmentRecordManagement records, StaffManagement staff,
			AccountManagement accounts) {
		this.family = family;
		this.records = records;
		this.staff = staff;
		this.accounts = accounts;
	}

	/** The threads a participant sees. */
	ThreadScope scopeOf(CurrentUser user) {
		return switch (ConversationActions.sideOf(user)) {
			case FAMILY -> new ThreadScope(null, false, family.childIdsOf(user.accountId()), user.accountId());
			case INSTITUTION -> user.role() == Role.INSTITUTION_ADMIN
					? new ThreadScope(user.scope().institutionId(), true, List.of(), null)
					: new ThreadScope(user.scope().institutionId(), false,
							classChildren(user).stream().map(EnrollmentRecord::childId).toList(), null);
		};
	}

	/** The children placed now in the classes the caregiver is assigned to, at the caregiver's institution. */
	List<EnrollmentRecord> classChildren(CurrentUser user) {
		return staff.classesOfAccount(user.accountId())
			.stream()
			.flatMap(classId -> records.placedIn(classId).stream())
			.filter(record -> record.institutionId().equals(user.scope().institutionId()))
			.toList();
	}

	/** Whether the participant sees the thread. */
	boolean sees(CurrentUser user, ThreadRow thread) {
		return switch (ConversationActions.sideOf(user)) {
			case FAMILY -> thread.kind() == ConversationKind.CHILD
					? family.guardianAccounts(thread.childId()).contains(user.accountId())
					: user.accountId().equals(thread.guardianAccountId());
			case INSTITUTION -> thread.institutionId().equals(user.scope().institutionId())
					&& (user.role() == Role.INSTITUTION_ADMIN || placement(thread)
						.filter(p -> staff.classesOfAccount(user.accountId()).contains(p.classId()))
						.isPresent());
		};
	}

	/** The child's placement at the thread's institution now, for a child's thread. */
	Optional<EnrollmentRecord> placement(ThreadRow thread) {
		if (thread.kind() != ConversationKind.CHILD) {
			return Optional.empty();
		}
		return records.currentPlacement(thread.childId()).filter(p -> p.institutionId().equals(thread.institutionId()));
	}

	/** The accounts a message written from {@code from} is for: the participants on the other side. */
	Set<UUID> recipients(ThreadRow thread, Side from) {
		Set<UUID> recipients = new LinkedHashSet<>();
		if (from == Side.FAMILY) {
			recipients.addAll(accounts.institutionAccounts(thread.institutionId(), Role.INSTITUTION_ADMIN));
			placement(thread).ifPresent(p -> recipients.addAll(staff.caregiverAccountsOf(p.classId())));
		}
		else if (thread.kind() == ConversationKind.CHILD) {
			recipients.addAll(family.guardianAccounts(thread.childId()));
		}
		else {
			recipients.add(thread.guardianAccountId());
		}
		return recipients;
	}
}
