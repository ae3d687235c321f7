package org.tuoyu.enrollment;

/** Why an application ranks higher at an institution. */
public enum PriorityReason {

	/** A brother or sister (a child with the same guardian) already holds a place there */
	SIBLING,
	/** The guardian works for the employer running the institution (用人单位办托) */
	EMPLOYER_STAFF,
	/** A family needing support (托底) */
	SUPPORT,
	/** The family lives in the institution's street */
	SAME_STREET;

	public String messageKey() {
		return "enrollment.reason." + name();
	}
}
