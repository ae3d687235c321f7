package org.tuoyu.supervision;

/** A closure case: open (proposals being prepared), confirmed (guardians notified), closed (every child resolved). */
public enum ClosureStatus {

	OPEN, CONFIRMED, CLOSED;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.closure.status." + name();
	}
}
