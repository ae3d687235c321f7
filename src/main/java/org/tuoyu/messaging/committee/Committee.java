package org.tuoyu.messaging.committee;

import java.util.List;
import java.util.UUID;

/**
 * An institution's committee as its staff see it: the members and open invitations (declined and
 * ended ones after), the minutes (latest first) and the public texts of each kind.
 */
public record Committee(UUID institutionId, String institutionName, List<CommitteeMember> members,
		List<Minutes> minutes, List<Commitment> commitments) {
}
