package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.shared.DayKind;
import org.tuoyu.shared.WorkingDayCalendar;
import org.tuoyu.supervision.PublicationSettings;

class PublicationDeadlinePolicyTests {

	/** National Day 2026: 1–7 October off, Sunday 20 September and Saturday 10 October worked. */
	private static final WorkingDays CITY_2026 = calendar();

	@Test
	void twentyWorkingDaysSkipWeekendsOnly() {
		PublicationDeadlinePolicy policy = new PublicationDeadlinePolicy(CITY_2026, new PublicationSettings(null, null, null));

		// Monday 2 November 2026: four full weeks later is Monday 30 November
		assertThat(policy.dueOn(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void theNationalDayHolidayPushesTheDeadlineAndTheAdjustedSaturdayCounts() {
		PublicationDeadlinePolicy policy = new PublicationDeadlinePolicy(CITY_2026, new PublicationSettings(null, null, null));

		// Concluded Monday 28 September: 29, 30 Sept (2), 8, 9, 10 (Saturday worked), 12–16, 19–23, 26–30 October
		// = 2 + 3 + 15 = 20 on Friday 30 October; without the holiday it would have been Monday 26 October
		assertThat(policy.dueOn(LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 10, 30));
	}

	@Test
	void theNumberOfWorkingDaysIsConfigured() {
		PublicationDeadlinePolicy policy = new PublicationDeadlinePolicy(CITY_2026, new PublicationSettings(3, null, null));

		// Concluded on Wednesday 30 September: 8, 9 and the adjusted Saturday 10 October
		assertThat(policy.dueOn(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	private static WorkingDays calendar() {
		Map<LocalDate, DayKind> exceptions = new HashMap<>();
		for (int day = 1; day <= 7; day++) {
			exceptions.put(LocalDate.of(2026, 10, day), DayKind.HOLIDAY);
		}
		exceptions.put(LocalDate.of(2026, 9, 20), DayKind.WORKDAY);
		exceptions.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
		WorkingDayCalendar calendar = new WorkingDayCalendar(exceptions);
		return new WorkingDays() {

			@Override
			public boolean isWorkingDay(LocalDate day) {
				return calendar.isWorkingDay(day);
			}

			@Override
			public LocalDate plusWorkingDays(LocalDate start, int days) {
				return calendar.plusWorkingDays(start, days);
			}
		};
	}
}
