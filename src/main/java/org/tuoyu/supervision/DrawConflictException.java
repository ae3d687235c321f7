package org.tuoyu.supervision;

/**
 * A plan's draw has already moved past the requested step (sealed, or drawn): a draw is made once
 * and never redone. Answered as 409 on the API and as a message on pages.
 */
public class DrawConflictException extends RuntimeException {

	private final String messageKey;

	public DrawConflictException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
