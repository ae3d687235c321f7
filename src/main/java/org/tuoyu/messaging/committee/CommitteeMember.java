package org.tuoyu.messaging.committee;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A guardian invited to an institution's parents' committee, with the role and the answer. */
public record CommitteeMember(UUID id, UUID institutionId, UUID guardianAccountId,
		String guardianName, CommitteeRole role, MembershipStatus status, OffsetDateTime invitedAt,
		OffsetDateTime answeredAt) {
}
