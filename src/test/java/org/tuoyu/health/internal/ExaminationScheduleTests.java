package org.tuoyu.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.tuoyu.health.HealthRules;

class ExaminationScheduleTests {

	private static final LocalDate BIRTH = LocalDate.of(2025, 3, 15);

	private final ExaminationSchedule schedule = new ExaminationSchedule(new HealthRules.Examination(null, null, null, null));

	@ParameterizedTest(name = "checked on {0} (age {1}) → due {2}")
	@CsvSource({
			// under one year: every 3 months
			"2025-03-20, 0 months, 2025-06-20",
			"2025-09-15, 6 months, 2025-12-15",
			"2026-03-14, 11 months (the day before the first birthday), 2026-06-14",
			// from the first birthday: every 6 months
			"2026-03-15, 12 months (the first birthday), 2026-09-15",
			"2026-09-15, 18 months, 2027-03-15",
			"2027-03-15, 24 months, 2027-09-15",
			"2027-09-14, 29 months, 2028-03-14" })
	void theNextCheckIsDueByTheAgeAtTheLastCheck(LocalDate checked, String age, LocalDate due) {
		assertThat(schedule.nextDue(BIRTH, checked, LocalDate.of(2025, 3, 1))).isEqualTo(due);
	}

	@Test
	void noCheckFallsDueFromTheThirdBirthday() {
		assertThat(schedule.nextDue(BIRTH, LocalDate.of(2027, 9, 15), null)).isNull();
		assertThat(schedule.nextDue(BIRTH, LocalDate.of(2028, 1, 10), null)).isNull();
	}

	@Test
	void withoutAnyCheckTheAdmissionCheckIsDueOnTheFirstDay() {
		assertThat(schedule.nextDue(BIRTH, null, LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 9, 1));
	}

	@Test
	void theIntervalsAreRules() {
		ExaminationSchedule monthly = new ExaminationSchedule(new HealthRules.Examination(1, 2, 6, 36));
		assertThat(monthly.nextDue(BIRTH, LocalDate.of(2025, 8, 1), null)).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(monthly.nextDue(BIRTH, LocalDate.of(2025, 9, 15), null)).isEqualTo(LocalDate.of(2025, 11, 15));
	}
}
