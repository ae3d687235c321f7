package org.tuoyu.guidance.sessions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** A moment as the city reads it in a notification: month, day and time in the city's zone. */
final class CityTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private CityTimes() {
	}

	static String format(OffsetDateTime moment, Clock clock) {
		return moment.atZoneSameInstant(clock.getZone()).format(FORMAT);
	}
}
