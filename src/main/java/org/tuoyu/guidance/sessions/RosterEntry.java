package org.tuoyu.guidance.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booking on a session's list as the provider sees it.
 *
 * @param bookingId the booking
 * @param childName the child's name
 * @param ageMonths the child's age in whole months on the session's day
 * @param status a seat or the waitlist
 * @param attendedAt when the child's attendance was recorded, if it was
 * @param source how it was recorded
 * @param rating the guardian's stars (1–5), if rated
 * @param ratingComment the guardian's comment
 */
public record RosterEntry(UUID bookingId, String childName, int ageMonths, BookingStatus status,
		OffsetDateTime attendedAt, AttendanceSource source, Integer rating, String ratingComment) {

	/** Whether the child came. */
	public boolean attended() {
		return attendedAt != null;
	}
}
