package org.tuoyu.staff;

/** Where a certificate, or a requirement for one, stands on a day. */
public enum CertificateStatus {

	VALID, EXPIRING, EXPIRED, MISSING;

	public String messageKey() {
		return "staff.certificateStatus." + name();
	}

	/** Whether the person may work on that requirement today. */
	public boolean satisfied() {
		return this == VALID || this == EXPIRING;
	}
}
