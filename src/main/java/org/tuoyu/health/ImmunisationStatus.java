package org.tuoyu.health;

/** A child's immunisation status at admission: up to date, or catch-up vaccinations (补种) needed. */
public enum ImmunisationStatus {

	UP_TO_DATE, CATCH_UP_NEEDED;

	public String messageKey() {
		return "health.immunisation.status." + name();
	}
}
