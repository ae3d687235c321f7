package org.tuoyu.messaging.conversations;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.tuoyu.platform.BusinessRuleException;

/**
 * Who may withdraw a message, and until when: only its sender, only once, and only within the
 * configured time after sending (2 minutes by default); a withdrawn message stays in the thread as a
 * trace without its content.
 */
final class WithdrawalPolicy {

	private final Duration window;

	WithdrawalPolicy(Duration window) {
		this.window = window;
	}

	/** Until when the sender may withdraw a message sent at {@code sentAt}. */
	OffsetDateTime deadline(OffsetDateTime sentAt) {
		return sentAt.plus(window);
	}

	/** Whether the viewer may still withdraw the message now. */
	boolean allows(boolean mine, boolean withdrawn, OffsetDateTime sentAt, Instant now) {
		return mine && !withdrawn && !now.isAfter(deadline(sentAt).toInstant());
	}

	/** Refuses, with the specific reason, a withdrawal that is not allowed. */
	void check(boolean mine, boolean withdrawn, OffsetDateTime sentAt, Instant now) {
		if (!mine) {
			throw new BusinessRuleException(null, "messaging.conversations.withdraw.notSender");
		}
		if (withdrawn) {
			throw new BusinessRuleException(null, "messaging.conversations.withdraw.already");
		}
		if (now.isAfter(deadline(sentAt).toInstant())) {
			throw new BusinessRuleException(null, "messaging.conversations.withdraw.late", minutes());
		}
	}

	private long minutes() {
		return Math.max(1, window.toMinutes());
	}
}
