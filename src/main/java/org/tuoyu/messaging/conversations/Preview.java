package org.tuoyu.messaging.conversations;

import java.time.OffsetDateTime;

/**
 * The latest message of a thread, as a list shows it.
 *
 * @param senderName who wrote it
 * @param text its text, {@code null} when withdrawn or photos only
 * @param withdrawn whether it was withdrawn
 * @param photos how many photos it carries
 * @param sentAt when it was sent
 */
public record Preview(String senderName, String text, boolean withdrawn, int photos, OffsetDateTime sentAt) {
}
