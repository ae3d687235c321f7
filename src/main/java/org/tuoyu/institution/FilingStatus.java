package org.tuoyu.institution;

/**
 * Where a filing version stands: being prepared, waiting for the county, filed, or returned.
 */
public enum FilingStatus {

	DRAFT, SUBMITTED, FILED, RETURNED;

	public String messageKey() {
		return "filing.status." + name();
	}
}
