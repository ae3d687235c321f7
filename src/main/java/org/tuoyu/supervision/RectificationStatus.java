package org.tuoyu.supervision;

/**
 * Where a rectification order stands: open (waiting for the institution, also after being
 * returned), answered (waiting for the inspector), closed (accepted) or escalated.
 */
public enum RectificationStatus {

	OPEN, ANSWERED, CLOSED, ESCALATED;

	/** Whether nothing more happens to the order. */
	public boolean settled() {
		return this == CLOSED || this == ESCALATED;
	}

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.rectification.status." + name();
	}
}
