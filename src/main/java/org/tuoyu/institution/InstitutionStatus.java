package org.tuoyu.institution;

/**
 * Operating status: draft until filed (备案), then verified, suspended or closed.
 */
public enum InstitutionStatus {

	DRAFT, FILED, VERIFIED, SUSPENDED, CLOSED;

	/** The message key of the display name. */
	public String messageKey() {
		return "institution.status." + name();
	}
}
