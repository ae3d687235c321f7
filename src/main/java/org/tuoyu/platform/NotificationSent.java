package org.tuoyu.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notification was put in an account's inbox (published in the sender's transaction, so
 * listeners after commit see only stored ones): what other channels (SMS, WeChat) may forward.
 *
 * @param notificationId the stored notification
 * @param accountId the recipient
 * @param role the recipient's role
 * @param messageKey the message key of the text
 * @param arguments its placeholder values
 * @param link the application path it opens, or {@code null}
 * @param sentAt when it was stored
 */
public record NotificationSent(UUID notificationId, UUID accountId, Role role, String messageKey, List<String> arguments,
		String link, Instant sentAt) {
}
