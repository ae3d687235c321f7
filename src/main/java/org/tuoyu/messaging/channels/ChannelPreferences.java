package org.tuoyu.messaging.channels;

import java.time.LocalTime;

/**
 * What a guardian wants sent outside the app (SMS or WeChat), by kind, and their quiet hours, in
 * which deliveries wait until the hours end. The inbox gets everything regardless.
 *
 * @param messages the institution's messages in conversations
 * @param dailySummary the end-of-day summary of the daily report
 * @param announcements the institution's announcements and their reminders
 * @param photos new photos of the children
 * @param others everything else (applications, vouchers, guidance bookings…)
 * @param quietHours whether the quiet hours apply
 * @param quietFrom when they start (city time); may be later than {@code quietUntil}, spanning midnight
 * @param quietUntil when they end
 */
public record ChannelPreferences(boolean messages, boolean dailySummary, boolean announcements, boolean photos,
		boolean others, boolean quietHours, LocalTime quietFrom, LocalTime quietUntil) {

	/** Whether the guardian wants a notification of the kind sent out. */
	public boolean allows(NotificationKind kind) {
		return switch (kind) {
			case MESSAGES -> messages;
			case DAILY_SUMMARY -> dailySummary;
			case ANNOUNCEMENTS -> announcements;
			case PHOTOS -> photos;
			case OTHERS -> others;
		};
	}
}
