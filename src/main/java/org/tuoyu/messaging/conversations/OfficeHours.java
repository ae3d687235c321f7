package org.tuoyu.messaging.conversations;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * When an institution answers messages: on these days of the week, from {@code opens} until
 * {@code closes} (city time).
 *
 * @param days the days of the week, at least one, kept in week order
 * @param opens the time answers start
 * @param closes the time answers end, after {@code opens}
 */
public record OfficeHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

	public OfficeHours {
		days = days == null || days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days));
	}
}
