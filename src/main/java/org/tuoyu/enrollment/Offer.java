package org.tuoyu.enrollment;

import java.time.LocalDate;
import java.util.UUID;

/** An offer of a place in a class, to be answered by {@code respondBy}. */
public record Offer(UUID id, UUID applicationId, UUID childId, String childName, UUID institutionId,
		String institutionName, UUID classId, String className, String status, LocalDate respondBy) {
}
