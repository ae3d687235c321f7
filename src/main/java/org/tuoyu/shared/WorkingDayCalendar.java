package org.tuoyu.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Working-day arithmetic for the Chinese working week.
 *
 * <p>Monday to Friday are working days and Saturday and Sunday are rest days, except for
 * the dates listed as exceptions: {@link DayKind#HOLIDAY} (public holidays) and
 * {@link DayKind#WORKDAY} (adjusted working days on a weekend, 调休上班). Instances are
 * immutable and thread-safe.
 */
public final class WorkingDayCalendar {

	private final Map<LocalDate, DayKind> exceptions;

	/**
	 * Creates a calendar.
	 *
	 * @param exceptions dates that deviate from (or confirm) the default working week
	 */
	public WorkingDayCalendar(Map<LocalDate, DayKind> exceptions) {
		this.exceptions = Map.copyOf(Objects.requireNonNull(exceptions, "exceptions"));
	}

	/** Returns whether the given date is a working day. */
	public boolean isWorkingDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		DayKind kind = exceptions.get(date);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		DayOfWeek dayOfWeek = date.getDayOfWeek();
		return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
	}

	/**
	 * Returns the date that is {@code days} working days after {@code start}; {@code start}
	 * itself is not counted, so {@code 0} returns {@code start} unchanged.
	 *
	 * @throws IllegalArgumentException if {@code days} is negative
	 */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		Objects.requireNonNull(start, "start");
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		LocalDate date = start;
		int remaining = days;
		while (remaining > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				remaining--;
			}
		}
		return date;
	}

	/**
	 * Counts the working days after {@code fromExclusive} up to and including
	 * {@code toInclusive}; {@code 0} if both dates are equal.
	 *
	 * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromExclusive}
	 */
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		Objects.requireNonNull(fromExclusive, "fromExclusive");
		Objects.requireNonNull(toInclusive, "toInclusive");
		if (toInclusive.isBefore(fromExclusive)) {
			throw new IllegalArgumentException(
					"toInclusive " + toInclusive + " is before fromExclusive " + fromExclusive);
		}
		return (int) fromExclusive.plusDays(1)
				.datesUntil(toInclusive.plusDays(1))
				.filter(this::isWorkingDay)
				.count();
	}
}
