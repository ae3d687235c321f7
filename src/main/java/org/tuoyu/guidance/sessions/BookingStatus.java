package org.tuoyu.guidance.sessions;

/** Where a booking stands: a seat, a place on the waitlist, or cancelled. */
public enum BookingStatus {

	BOOKED, WAITLISTED, CANCELLED;

	/** The message key of the status's name. */
	public String messageKey() {
		return "guidance.sessions.booking.status." + name();
	}
}
