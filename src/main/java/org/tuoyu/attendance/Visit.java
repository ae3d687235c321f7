package org.tuoyu.attendance;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A child's stay on a day: checked in to a class, and checked out to the person who picked the
 * child up (both {@code null} while the child is still here).
 */
public record Visit(UUID childId, UUID classId, OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt,
		String pickedUpBy) {
}
