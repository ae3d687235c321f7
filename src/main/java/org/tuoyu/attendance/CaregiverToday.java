package org.tuoyu.attendance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A caregiver of a class today: in the class now or not, and since when. */
public record CaregiverToday(UUID personId, String name, boolean present, OffsetDateTime since) {
}
