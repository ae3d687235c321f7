package org.tuoyu.enrollment;

import java.util.UUID;

/** A child took up a place at an institution (an accepted offer, or the new side of a transfer). */
public record PlacementStarted(UUID institutionId, UUID childId) {
}
