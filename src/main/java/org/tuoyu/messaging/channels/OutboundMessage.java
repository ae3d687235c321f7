package org.tuoyu.messaging.channels;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification to send outside the app.
 *
 * @param id the delivery's id: the same on every attempt, for the gateway to drop repeats
 * @param accountId the guardian's account
 * @param mobile the guardian's mobile number (their sign-in name), or {@code null} when it is none
 * @param kind what it is about
 * @param text the notification's text in Chinese, as the inbox shows it
 * @param link the application path it opens, or {@code null}
 * @param createdAt when the notification was stored
 */
public record OutboundMessage(UUID id, UUID accountId, String mobile, NotificationKind kind, String text, String link,
		Instant createdAt) {
}
