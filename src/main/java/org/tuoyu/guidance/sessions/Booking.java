package org.tuoyu.guidance.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A family's booking of a session for one child.
 *
 * @param id the booking
 * @param session the session
 * @param familyChildId the child in the family's record
 * @param childName the child's name
 * @param status a seat, the waitlist or cancelled
 * @param waitlistPosition the place on the waitlist (1 = next), 0 when not waiting
 * @param attendedAt when the attendance was recorded, if it was
 * @param rating the stars given (1–5), if rated
 * @param ratingComment the comment given
 */
public record Booking(UUID id, GuidanceSession session, UUID familyChildId, String childName, BookingStatus status,
		int waitlistPosition, OffsetDateTime attendedAt, Integer rating, String ratingComment) {

	/** Whether the child came. */
	public boolean attended() {
		return attendedAt != null;
	}
}
