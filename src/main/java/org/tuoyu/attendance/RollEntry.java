package org.tuoyu.attendance;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One child on a day's roll: in and out times and who picked them up, or the reported absence.
 * A child with several visits that day has one entry per visit.
 */
public record RollEntry(UUID classId, String className, UUID childId, String childName, OffsetDateTime checkedInAt,
		OffsetDateTime checkedOutAt, String pickedUpBy, boolean late, AbsenceReason absence) {

	/** Neither here nor reported absent. */
	public boolean missing() {
		return checkedInAt == null && absence == null;
	}
}
