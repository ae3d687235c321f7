package org.tuoyu.messaging.announcements;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Announcements ({@code tuoyu.messaging.announcements.*}).
 *
 * @param reminderInterval the least time between two reminders of one announcement (default 24h)
 * @param maxReminders the most reminders one announcement may send (default 3)
 */
@ConfigurationProperties("tuoyu.messaging.announcements")
public record AnnouncementSettings(Duration reminderInterval, Integer maxReminders) {

	public AnnouncementSettings {
		reminderInterval = reminderInterval == null ? Duration.ofHours(24) : reminderInterval;
		maxReminders = maxReminders == null ? 3 : maxReminders;
		if (reminderInterval.isNegative() || maxReminders < 0) {
			throw new IllegalArgumentException("tuoyu.messaging.announcements has an impossible value");
		}
	}
}
