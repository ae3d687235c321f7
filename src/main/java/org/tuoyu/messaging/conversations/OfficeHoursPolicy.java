package org.tuoyu.messaging.conversations;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.tuoyu.platform.BusinessRuleException;

/**
 * Office hours: valid ones name at least one day and open before they close; a moment is inside them
 * from the opening (included) to the closing (excluded) of an office day; the next opening of a
 * moment inside them is the moment itself, else the opening of the first office day ahead (today's
 * when it has not opened yet).
 */
final class OfficeHoursPolicy {

	private OfficeHoursPolicy() {
	}

	/** Refuses office hours without a day, without times, or closing before they open. */
	static OfficeHours check(OfficeHours hours) {
		if (hours.days().isEmpty()) {
			throw new BusinessRuleException("days", "messaging.conversations.officeHours.days");
		}
		if (hours.opens() == null) {
			throw new BusinessRuleException("opens", "messaging.conversations.officeHours.time");
		}
		if (hours.closes() == null) {
			throw new BusinessRuleException("closes", "messaging.conversations.officeHours.time");
		}
		if (!hours.opens().isBefore(hours.closes())) {
			throw new BusinessRuleException("closes", "messaging.conversations.officeHours.order");
		}
		return hours;
	}

	/** Whether the moment (in the city's zone) lies inside the office hours. */
	static boolean isOpen(OfficeHours hours, ZonedDateTime at) {
		return hours.days().contains(at.getDayOfWeek()) && !at.toLocalTime().isBefore(hours.opens())
				&& at.toLocalTime().isBefore(hours.closes());
	}

	/** The moment itself when inside the office hours, else the next opening after it. */
	static ZonedDateTime nextOpening(OfficeHours hours, ZonedDateTime at) {
		if (isOpen(hours, at)) {
			return at;
		}
		for (int ahead = 0; ahead <= 7; ahead++) {
			LocalDate day = at.toLocalDate().plusDays(ahead);
			ZonedDateTime opening = day.atTime(hours.opens()).atZone(at.getZone());
			if (hours.days().contains(day.getDayOfWeek()) && opening.isAfter(at)) {
				return opening;
			}
		}
		throw new IllegalStateException("office hours without a day: " + hours);
	}
}
