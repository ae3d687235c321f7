package org.tuoyu.platform;

/**
 * The number of conversation messages a signed-in user has not read, for the page header:
 * provided by the module that keeps the conversations (an SPI), so the platform's layout shows it
 * without depending on that module.
 */
public interface UnreadMessages {

	/** Messages written to the user (from the other side of their conversations) they have not read. */
	long unreadMessages(CurrentUser user);
}
