package org.tuoyu.attendance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A child of a class today: status, times, who picked them up, whether the pick-up was late, the
 * reported absence, whether a re-examination or (never here before) a passed admission check is
 * still needed, and the authorised pick-up persons to choose from at check-out.
 */
public record ChildToday(UUID childId, String name, ChildStatus status, OffsetDateTime checkedInAt,
		OffsetDateTime checkedOutAt, String pickedUpBy, boolean late, Absence absence, String followUp,
		boolean needsReexamination, boolean needsAdmissionCheck, List<PickupChoice> pickups) {
}
