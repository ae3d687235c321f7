package org.tuoyu.platform;

import java.util.UUID;

/**
 * Sends in-app notifications. The text is stored as a message key with arguments and rendered
 * in the reader's language.
 */
public interface Inbox {

	/**
	 * Puts a notification in one account's inbox.
	 * @param accountId the recipient
	 * @param messageKey the message key of the text, with {0}, {1} placeholders
	 * @param link an application path to open, or {@code null}
	 * @param arguments the placeholder values
	 */
	void send(UUID accountId, String messageKey, String link, String... arguments);
}
