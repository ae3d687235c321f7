package org.tuoyu.supervision;

/** Where an inspection stands: scheduled (being recorded) or concluded (read-only). */
public enum InspectionStatus {

	SCHEDULED, CONCLUDED;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.inspection.status." + name();
	}
}
