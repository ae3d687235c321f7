package org.tuoyu.attendance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A time a class had more children than its caregivers present may look after. */
public record RatioBreach(UUID id, UUID institutionId, String institutionName, UUID classId, String className,
		OffsetDateTime startedAt, OffsetDateTime endedAt, int mostChildren, int fewestCaregivers, long minutes) {
}
