package org.tuoyu.health;

/** The kind of an incident or injury. */
public enum IncidentType {

	FALL, CHOKING, BURN, BITE, SCALD, FOREIGN_BODY, OTHER;

	public String messageKey() {
		return "health.incidentType." + name();
	}
}
