package org.tuoyu.enrollment;

import java.util.UUID;

/** A child's placement at an institution ended (left, or the old side of a transfer). */
public record PlacementEnded(UUID institutionId, UUID childId) {
}
