package org.tuoyu.messaging.committee;

import java.util.List;
import java.util.UUID;

/**
 * An institution's committee as a guardian sees it: the guardian's open invitations, the members
 * (accepted ones), and — for a guardian whose child is placed there — the minutes and the published
 * texts.
 */
public record FamilyCommittee(UUID institutionId, String institutionName, List<CommitteeMember> invitations,
		List<CommitteeMember> members, List<Minutes> minutes, List<Commitment> commitments) {
}
