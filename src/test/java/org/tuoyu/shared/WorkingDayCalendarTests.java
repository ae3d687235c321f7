package org.tuoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests for {@link WorkingDayCalendar}.
 *
 * <p>Example data modelled on China's 2026 National Day holiday, not an official schedule:
 * Thursday 1 to Wednesday 7 October 2026 are holidays, and Sunday 20 September and
 * Saturday 10 October 2026 are adjusted working days.
 */
class WorkingDayCalendarTests {

	private static final WorkingDayCalendar NATIONAL_DAY_2026 = new WorkingDayCalendar(nationalDay2026());

	private static Map<LocalDate, DayKind> nationalDay2026() {
		Map<LocalDate, DayKind> exceptions = new HashMap<>();
		for (int day = 1; day <= 7; day++) {
			exceptions.put(LocalDate.of(2026, 10, day), DayKind.HOLIDAY);
		}
		exceptions.put(LocalDate.of(2026, 9, 20), DayKind.WORKDAY);
		exceptions.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
		return exceptions;
	}

	@ParameterizedTest
	@CsvSource({
		"2026-09-18, true",
		"2026-09-19, false",
		"2026-09-20, true",
		"2026-09-30, true",
		"2026-10-01, false",
		"2026-10-03, false",
		"2026-10-05, false",
		"2026-10-07, false",
		"2026-10-08, true",
		"2026-10-10, true",
		"2026-10-11, false",
		"2026-10-12, true",
	})
	void holidaysAndAdjustedWorkingDaysOverrideTheWeek(LocalDate date, boolean workingDay) {
		assertThat(NATIONAL_DAY_2026.isWorkingDay(date)).isEqualTo(workingDay);
	}

	@ParameterizedTest
	@CsvSource({
		"2026-10-14, true",
		"2026-10-17, false",
		"2026-10-18, false",
	})
	void withoutExceptionsWeekendsAreRestDays(LocalDate date, boolean workingDay) {
		assertThat(new WorkingDayCalendar(Map.of()).isWorkingDay(date)).isEqualTo(workingDay);
	}

	@ParameterizedTest
	@CsvSource({
		"2026-09-30, 0, 2026-09-30",
		"2026-10-01, 0, 2026-10-01",
		"2026-09-30, 1, 2026-10-08",
		"2026-09-30, 2, 2026-10-09",
		"2026-09-30, 3, 2026-10-10",
		"2026-09-30, 4, 2026-10-12",
		"2026-10-03, 1, 2026-10-08",
		"2026-09-18, 1, 2026-09-20",
		"2026-09-18, 2, 2026-09-21",
		"2026-09-28, 5, 2026-10-10",
	})
	void plusWorkingDaysSkipsRestDays(LocalDate start, int days, LocalDate expected) {
		assertThat(NATIONAL_DAY_2026.plusWorkingDays(start, days)).isEqualTo(expected);
	}

	@Test
	void plusNegativeWorkingDaysIsRejected() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> NATIONAL_DAY_2026.plusWorkingDays(LocalDate.of(2026, 10, 1), -1));
	}

	@ParameterizedTest
	@CsvSource({
		"2026-09-30, 2026-09-30, 0",
		"2026-09-30, 2026-10-07, 0",
		"2026-09-30, 2026-10-08, 1",
		"2026-09-30, 2026-10-12, 4",
		"2026-09-18, 2026-09-21, 2",
		"2026-09-28, 2026-10-12, 6",
	})
	void workingDaysBetweenCountsAfterFromUpToTo(LocalDate fromExclusive, LocalDate toInclusive, int expected) {
		assertThat(NATIONAL_DAY_2026.workingDaysBetween(fromExclusive, toInclusive)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({
		"2026-09-30, 0",
		"2026-09-18, 3",
		"2026-09-28, 5",
		"2026-10-08, 10",
	})
	void workingDaysBetweenIsTheInverseOfPlusWorkingDays(LocalDate start, int days) {
		LocalDate end = NATIONAL_DAY_2026.plusWorkingDays(start, days);

		assertThat(NATIONAL_DAY_2026.workingDaysBetween(start, end)).isEqualTo(days);
	}

	@Test
	void workingDaysBetweenRejectsReversedRange() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> NATIONAL_DAY_2026.workingDaysBetween(
						LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 7)));
	}

	@Test
	void laterChangesToTheExceptionMapDoNotAffectTheCalendar() {
		Map<LocalDate, DayKind> exceptions = new HashMap<>();
		WorkingDayCalendar calendar = new WorkingDayCalendar(exceptions);

		exceptions.put(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY);

		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
	}
}
