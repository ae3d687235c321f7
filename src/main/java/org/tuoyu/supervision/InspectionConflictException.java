package org.tuoyu.supervision;

/**
 * A command met an inspection or order in a state that no longer allows it, typically because
 * another user concluded or decided it first; answered as 409.
 */
public class InspectionConflictException extends RuntimeException {

	private final String messageKey;

	public InspectionConflictException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
