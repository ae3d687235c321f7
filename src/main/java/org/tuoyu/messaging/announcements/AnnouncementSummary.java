package org.tuoyu.messaging.announcements;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An announcement as the institution's list shows it, with how many of its families have read it
 * and (when asked) acknowledged it.
 *
 * @param className the class, for a class's announcement
 * @param families the families it was published to
 * @param read the families of which a guardian has opened it
 * @param acknowledged the families that confirmed they have taken note
 */
public record AnnouncementSummary(UUID id, Audience audience, String className, String title,
		boolean acknowledgementRequired, String authorName, OffsetDateTime publishedAt, int families, int read,
		int acknowledged) {
}
