package org.tuoyu.messaging.conversations;

/** The two sides of a conversation: the family (guardians) and the institution (its staff). */
public enum Side {

	FAMILY, INSTITUTION;

	/** The side a message from this side is written to. */
	public Side other() {
		return this == FAMILY ? INSTITUTION : FAMILY;
	}
}
