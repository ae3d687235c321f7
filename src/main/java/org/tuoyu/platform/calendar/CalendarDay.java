package org.tuoyu.platform.calendar;

import java.time.LocalDate;

import org.tuoyu.shared.DayKind;

/**
 * An exception to the weekend rule: a holiday on a weekday or a working day on a weekend.
 */
public record CalendarDay(LocalDate day, DayKind kind, String note) {
}
