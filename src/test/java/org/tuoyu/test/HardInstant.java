package org.tuoyu.test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A moment where the city's day, month or year differs from the UTC one or is about to change,
 * with the city's day at that moment: the instants date-sensitive tests run at.
 *
 * @param name what makes it hard
 * @param instant the moment
 * @param cityDay the city's day then (docs/decisions.md, "One city clock")
 */
public record HardInstant(String name, Instant instant, LocalDate cityDay) {

	/** Every hard instant: last and first half-minutes of a day, a month, a year and a leap day. */
	public static List<HardInstant> all() {
		return List.of(city("23:59:30 on 31 December", "2026-12-31T23:59:30"),
				city("00:00:30 on 1 January (UTC: still 31 December)", "2027-01-01T00:00:30"),
				city("23:59:30 on the last day of November", "2026-11-30T23:59:30"),
				city("23:59:30 on 29 February", "2028-02-29T23:59:30"),
				city("00:00:30 on 1 March after 29 February (UTC: still 29 February)", "2028-03-01T00:00:30"),
				new HardInstant("16:30 UTC (00:30 the next day in the city)", Instant.parse("2026-12-07T16:30:00Z"),
						LocalDate.parse("2026-12-08")));
	}

	private static HardInstant city(String name, String cityTime) {
		LocalDateTime local = LocalDateTime.parse(cityTime);
		return new HardInstant(name, local.atZone(TestClock.CITY).toInstant(), local.toLocalDate());
	}

	@Override
	public String toString() {
		return name;
	}
}
