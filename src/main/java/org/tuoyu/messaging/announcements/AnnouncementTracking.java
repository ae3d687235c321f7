package org.tuoyu.messaging.announcements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One announcement as its publishers follow it: the text, each family with who has read it and who
 * acknowledged it (those who have not first), and whether a reminder may go out now.
 *
 * @param reminders the reminders sent so far
 * @param maxReminders the most that may be sent
 * @param remindable whether a reminder may go out now
 * @param nextReminderFrom the earliest moment of the next reminder, after one was sent
 */
public record AnnouncementTracking(AnnouncementSummary summary, String body, List<FamilyStatus> families, int reminders,
		int maxReminders, OffsetDateTime lastRemindedAt, boolean remindable, OffsetDateTime nextReminderFrom) {

	/** A family the announcement was published to: the child, the guardians then and what they did. */
	public record FamilyStatus(UUID childId, String childName, String className, List<GuardianStatus> guardians,
			boolean read, OffsetDateTime acknowledgedAt, String acknowledgedBy) {
	}

	/** A guardian of the family and when they first opened the announcement ({@code null}: not yet). */
	public record GuardianStatus(String name, OffsetDateTime readAt) {
	}
}
