package org.tuoyu.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.tuoyu.platform.BusinessRuleException;

/**
 * The years the statistics answer for: any year from 2000 to this year may be asked for; trends
 * and the year choices start at the plan's first baseline year.
 */
public final class StatisticsYears {

	/** The plan's first baseline year (2020), where trends and year choices start. */
	public static final int FIRST_PLAN_YEAR = 2020;

	private static final int EARLIEST = 2000;

	private StatisticsYears() {
	}

	/** The year asked for, or this year without one; a later year or one before 2000 is refused on {@code year}. */
	public static int asOf(Integer year, LocalDate today) {
		int thisYear = today.getYear();
		int asOf = year == null ? thisYear : year;
		if (asOf > thisYear || asOf < EARLIEST) {
			throw new BusinessRuleException("year", "statistics.year.range", String.valueOf(EARLIEST), String.valueOf(thisYear));
		}
		return asOf;
	}

	/** The years to choose from on a page, this year first. */
	public static List<Integer> choices(LocalDate today) {
		int thisYear = today.getYear();
		return IntStream.rangeClosed(FIRST_PLAN_YEAR, thisYear).map(y -> thisYear + FIRST_PLAN_YEAR - y).boxed().toList();
	}
}
