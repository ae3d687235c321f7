package org.tuoyu.messaging.announcements;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.tuoyu.platform.BusinessRuleException;

/**
 * When an announcement's reminder may go out: only while some family has not read it (or not
 * acknowledged it, when that is asked), at most {@code max} times, and at least {@code interval}
 * after the previous one — so that a family is not pestered by repeated clicks.
 */
final class ReminderPolicy {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Duration interval;

	private final int max;

	ReminderPolicy(Duration interval, int max) {
		this.interval = interval;
		this.max = max;
	}

	/**
	 * Refuses a reminder that may not go out now.
	 *
	 * @param reminders the reminders sent so far
	 * @param last when the previous one went out, or {@code null}
	 * @param now now, in the city's offset (the refusal names the next moment in it)
	 * @param pending the families that have not read (or acknowledged) it
	 */
	void check(int reminders, OffsetDateTime last, OffsetDateTime now, int pending) {
		if (pending == 0) {
			throw new BusinessRuleException(null, "messaging.announcements.remind.nobody");
		}
		if (reminders >= max) {
			throw new BusinessRuleException(null, "messaging.announcements.remind.limit", max);
		}
		OffsetDateTime next = nextAllowed(last);
		if (next != null && now.isBefore(next)) {
			throw new BusinessRuleException(null, "messaging.announcements.remind.tooSoon",
					next.atZoneSameInstant(now.getOffset()).format(WHEN));
		}
	}

	/** Whether a reminder may go out now. */
	boolean allows(int reminders, OffsetDateTime last, OffsetDateTime now, int pending) {
		try {
			check(reminders, last, now, pending);
			return true;
		}
		catch (BusinessRuleException refused) {
			return false;
		}
	}

	/** The earliest moment after the previous reminder another may go out, or {@code null} before the first. */
	OffsetDateTime nextAllowed(OffsetDateTime last) {
		return last == null ? null : last.plus(interval);
	}

	int max() {
		return max;
	}
}
