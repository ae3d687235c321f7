package org.tuoyu.family;

/** What a guardian may consent to. */
public enum ConsentKind {

	/** Photos of the child in the institution's records and messages */
	PHOTOS,
	/** Sharing the child's record with the next institution on a transfer */
	RECORD_SHARING;

	public String messageKey() {
		return "family.consent." + name();
	}
}
