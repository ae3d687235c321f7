package org.tuoyu.institution;

/**
 * The county's on-site verification after filing.
 */
public enum VerificationResult {

	COMPLIANT, NON_COMPLIANT;

	public String messageKey() {
		return "filing.verification." + name();
	}
}
