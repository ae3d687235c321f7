package org.tuoyu.health;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A child's allergy (过敏): what the child is allergic to, the reaction and its severity, recorded
 * by a guardian and, once the health worker of the child's institution has confirmed it, confirmed.
 *
 * @param confirmed whether the health worker confirmed it; unconfirmed ones are shown as such
 */
public record Allergy(UUID id, UUID childId, String childName, String allergen, String reaction,
		AllergySeverity severity, boolean confirmed, String recordedByName, OffsetDateTime recordedAt,
		String confirmedByName, OffsetDateTime confirmedAt) {
}
