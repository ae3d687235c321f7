package org.tuoyu.supervision;

/** Where a complaint stands: received, being investigated, then upheld or not upheld. */
public enum ComplaintStatus {

	RECEIVED, INVESTIGATING, UPHELD, NOT_UPHELD;

	/** Whether the district has decided it (a public reply is then on record). */
	public boolean closed() {
		return this == UPHELD || this == NOT_UPHELD;
	}

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.complaint.status." + name();
	}
}
