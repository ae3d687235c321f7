package org.tuoyu.institution;

/**
 * Demonstration (示范性) level: none, district, city, province.
 */
public enum DemonstrationLevel {

	NONE, DISTRICT, CITY, PROVINCE;

	/** The message key of the display name. */
	public String messageKey() {
		return "institution.demonstration." + name();
	}
}
