package org.tuoyu.messaging.channels;

import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.tuoyu.platform.BusinessRuleException;

/**
 * A guardian's quiet hours (免打扰): from {@code quietFrom} until {@code quietUntil} in the city's
 * time, spanning midnight when the start is later than the end (21:00–07:30). A delivery that falls
 * inside them waits until they end; a start equal to the end is no window at all and refused.
 */
final class QuietHoursPolicy {

	private QuietHoursPolicy() {
	}

	/**
	 * Refuses quiet hours without a start or an end, or with the same start and end.
	 *
	 * @throws BusinessRuleException naming the field at fault
	 */
	static void check(ChannelPreferences preferences) {
		if (preferences.quietFrom() == null) {
			throw new BusinessRuleException("quietFrom", "messaging.channels.quiet.required");
		}
		if (preferences.quietUntil() == null) {
			throw new BusinessRuleException("quietUntil", "messaging.channels.quiet.required");
		}
		if (preferences.quietFrom().equals(preferences.quietUntil())) {
			throw new BusinessRuleException("quietUntil", "messaging.channels.quiet.same");
		}
	}

	/** When a delivery wanted {@code now} may go out: now, or the end of the quiet hours it falls in. */
	static ZonedDateTime deliverAt(ChannelPreferences preferences, ZonedDateTime now) {
		if (!preferences.quietHours()) {
			return now;
		}
		LocalTime from = preferences.quietFrom();
		LocalTime until = preferences.quietUntil();
		LocalTime time = now.toLocalTime();
		ZonedDateTime endToday = now.toLocalDate().atTime(until).atZone(now.getZone());
		if (from.isBefore(until)) {
			// a window inside one day, e.g. 12:00–14:00
			return !time.isBefore(from) && time.isBefore(until) ? endToday : now;
		}
		if (!time.isBefore(from)) {
			// evening part of a window over midnight: until tomorrow's end
			return now.toLocalDate().plusDays(1).atTime(until).atZone(now.getZone());
		}
		return time.isBefore(until) ? endToday : now;
	}
}
