package org.tuoyu.guidance.sessions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of guidance sessions.
 *
 * @param checkInOpensBefore how long before a session's start its QR code starts to work
 * @param checkInClosesAfter how long after its end the QR code still works
 * @param attendanceDaysAfter days after the end during which the provider may still record attendance
 * @param maxDocumentBytes the largest qualification document accepted
 * @param reminderCron when the reminders of tomorrow's sessions go out ({@code -} turns them off)
 */
@ConfigurationProperties("tuoyu.guidance.sessions")
public record SessionRules(@DefaultValue("30m") Duration checkInOpensBefore,
		@DefaultValue("30m") Duration checkInClosesAfter, @DefaultValue("7") int attendanceDaysAfter,
		@DefaultValue("10485760") long maxDocumentBytes, @DefaultValue("0 0 18 * * *") String reminderCron) {
}
