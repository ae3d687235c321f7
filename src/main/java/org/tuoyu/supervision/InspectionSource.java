package org.tuoyu.supervision;

/** Why an inspection exists: drawn in a double-random draw, or opened ad hoc by a district (e.g. after a complaint). */
public enum InspectionSource {

	DRAW, AD_HOC;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.inspection.source." + name();
	}
}
