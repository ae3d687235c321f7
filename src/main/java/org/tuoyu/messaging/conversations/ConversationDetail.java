package org.tuoyu.messaging.conversations;

import java.util.List;

/**
 * A thread with a page of its messages, oldest first (the newest last).
 *
 * @param conversation the thread
 * @param messages the page, oldest first
 * @param earlierBefore when older messages exist: the position to ask for them before, else {@code null}
 * @param side the viewer's side
 * @param writable whether the viewer may write (a child's thread is read-only once the child left the institution)
 * @param officeHours the institution's office hours
 */
public record ConversationDetail(Conversation conversation, List<Message> messages, Long earlierBefore, Side side,
		boolean writable, OfficeHours officeHours) {

	/**
	 * The position of the page's latest message from the institution (0 without one): a guardian's
	 * after-hours message before it has had its answer.
	 */
	public long answeredUpTo() {
		return messages.stream().filter(m -> m.side() == Side.INSTITUTION).mapToLong(Message::position).max().orElse(0);
	}
}
