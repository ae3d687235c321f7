package org.tuoyu.attendance;

/** Where a child of a class stands today. */
public enum ChildStatus {

	/** Checked in and not yet out */
	PRESENT,
	/** Came and has been picked up */
	LEFT,
	/** The guardian reported an absence for today */
	ABSENT,
	/** Expected, not here yet, before the follow-up time */
	EXPECTED,
	/** Expected, not here and not reported absent after the follow-up time: call the family */
	UNEXPLAINED,
	/** An unexplained absence that staff followed up */
	FOLLOWED_UP;

	public String messageKey() {
		return "attendance.status." + name();
	}
}
