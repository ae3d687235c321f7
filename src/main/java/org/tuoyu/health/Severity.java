package org.tuoyu.health;

/** How serious an incident is; a {@link #SERIOUS} one is reported to the district by a deadline. */
public enum Severity {

	MINOR, MODERATE, SERIOUS;

	public String messageKey() {
		return "health.severity." + name();
	}
}
