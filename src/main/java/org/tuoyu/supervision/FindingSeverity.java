package org.tuoyu.supervision;

/** How serious a finding is; it sets the rectification deadline and the risk weight. */
public enum FindingSeverity {

	MINOR, SERIOUS;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.finding.severity." + name();
	}
}
