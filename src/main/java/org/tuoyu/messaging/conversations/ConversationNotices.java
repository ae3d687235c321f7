package org.tuoyu.messaging.conversations;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.messaging.conversations.ConversationRows.ThreadRow;
import org.tuoyu.platform.Inbox;

/**
 * Tells the participants on the other side of a thread about new messages through their inbox,
 * with a link to the thread; the text names the sender and the thread, never the message itself
 * (it may be withdrawn, and the inbox keeps what it is given).
 */
@Component
class ConversationNotices {

	private final Participants participants;

	private final Inbox inbox;

	ConversationNotices(Participants participants, Inbox inbox) {
		this.participants = participants;
		this.inbox = inbox;
	}

	/** A message from {@code from} by {@code sender}: everyone on the other side is told. */
	void newMessage(ThreadRow thread, Side from, UUID sender, String senderName) {
		String key = "messaging.conversations.notification." + (from == Side.FAMILY ? "family" : "institution")
				+ (thread.kind() == ConversationKind.CHILD ? "" : "Direct");
		for (UUID account : participants.recipients(thread, from)) {
			if (!account.equals(sender)) {
				inbox.send(account, key, link(thread, from.other()), senderName, thread.title());
			}
		}
	}

	/** Guardians' messages held outside office hours, told to the staff at the opening. */
	void heldMessages(ThreadRow thread, int count) {
		for (UUID account : participants.recipients(thread, Side.FAMILY)) {
			inbox.send(account, "messaging.conversations.notification.held", link(thread, Side.INSTITUTION), thread.title(),
					Integer.toString(count));
		}
	}

	/** The thread's page on the side of the reader. */
	static String link(ThreadRow thread, Side reader) {
		return (reader == Side.FAMILY ? "/family/messages/" : "/org/messages/") + thread.id();
	}
}
