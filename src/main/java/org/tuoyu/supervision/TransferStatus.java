package org.tuoyu.supervision;

/** A child of a closing institution: proposed a new place, guardians notified, then placed or withdrawn. */
public enum TransferStatus {

	PROPOSED, NOTIFIED, PLACED, WITHDRAWN;

	/** Whether the child needs nothing more from the case. */
	public boolean resolved() {
		return this == PLACED || this == WITHDRAWN;
	}

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.closure.transfer." + name();
	}
}
