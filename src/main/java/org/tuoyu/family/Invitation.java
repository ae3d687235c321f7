package org.tuoyu.family;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation to become a co-guardian of a child. */
public record Invitation(UUID id, UUID childId, String childName, String invitedBy, String phoneMasked,
		Relation relation, String status, OffsetDateTime createdAt) {
}
