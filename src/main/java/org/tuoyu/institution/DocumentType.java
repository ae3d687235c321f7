package org.tuoyu.institution;

/**
 * The documents a filing needs (托育机构登记和备案办法): filing form, commitment letter, licence,
 * proof of premises, staff certificates, health evaluation report, fire-safety pass.
 */
public enum DocumentType {

	FILING_FORM, COMMITMENT_LETTER, LICENCE, PREMISES_PROOF, STAFF_CERTIFICATES, HEALTH_EVALUATION, FIRE_SAFETY;

	public String messageKey() {
		return "filing.document." + name();
	}
}
