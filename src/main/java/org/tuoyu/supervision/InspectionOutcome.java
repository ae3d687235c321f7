package org.tuoyu.supervision;

/** The overall result of an inspection. */
public enum InspectionOutcome {

	/** No findings (合格). */
	COMPLIANT,
	/** Findings to rectify (限期整改). */
	RECTIFY,
	/** Serious violations (不合格), e.g. grounds for a penalty or suspension. */
	NON_COMPLIANT;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.outcome." + name();
	}
}
