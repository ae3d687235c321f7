package org.tuoyu.messaging.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

class OfficeHoursPolicyTests {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	static final OfficeHours WEEKDAYS = new OfficeHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			LocalTime.of(8, 0), LocalTime.of(17, 30));

	/** 2026-12-07 is a Monday. */
	static ZonedDateTime at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(CITY);
	}

	@Test
	void openFromTheOpeningIncludedToTheClosingExcluded() {
		assertThat(OfficeHoursPolicy.isOpen(WEEKDAYS, at("2026-12-07T08:00"))).isTrue();
		assertThat(OfficeHoursPolicy.isOpen(WEEKDAYS, at("2026-12-07T17:29:59"))).isTrue();
		assertThat(OfficeHoursPolicy.isOpen(WEEKDAYS, at("2026-12-07T17:30"))).isFalse();
		assertThat(OfficeHoursPolicy.isOpen(WEEKDAYS, at("2026-12-07T07:59:59"))).isFalse();
		assertThat(OfficeHoursPolicy.isOpen(WEEKDAYS, at("2026-12-12T10:00"))).isFalse();
	}

	@Test
	void insideOfficeHoursTheNextOpeningIsNow() {
		assertThat(OfficeHoursPolicy.nextOpening(WEEKDAYS, at("2026-12-07T10:15"))).isEqualTo(at("2026-12-07T10:15"));
	}

	@Test
	void anEveningMessageWaitsForTomorrowMorning() {
		assertThat(OfficeHoursPolicy.nextOpening(WEEKDAYS, at("2026-12-07T20:00"))).isEqualTo(at("2026-12-08T08:00"));
	}

	@Test
	void anEarlyMessageWaitsForTodaysOpening() {
		assertThat(OfficeHoursPolicy.nextOpening(WEEKDAYS, at("2026-12-08T06:30"))).isEqualTo(at("2026-12-08T08:00"));
	}

	@Test
	void aFridayEveningOrWeekendMessageWaitsForMonday() {
		assertThat(OfficeHoursPolicy.nextOpening(WEEKDAYS, at("2026-12-11T17:30"))).isEqualTo(at("2026-12-14T08:00"));
		assertThat(OfficeHoursPolicy.nextOpening(WEEKDAYS, at("2026-12-13T23:59"))).isEqualTo(at("2026-12-14T08:00"));
	}

	@Test
	void aSingleOfficeDayComesBackAWeekLater() {
		OfficeHours mondays = new OfficeHours(Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(10, 0));
		assertThat(OfficeHoursPolicy.nextOpening(mondays, at("2026-12-07T10:00"))).isEqualTo(at("2026-12-14T09:00"));
	}

	@Test
	void officeHoursNeedADayAndOpenBeforeTheyClose() {
		assertThatThrownBy(() -> OfficeHoursPolicy.check(new OfficeHours(Set.of(), LocalTime.of(8, 0), LocalTime.of(9, 0))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("days"));
		assertThatThrownBy(() -> OfficeHoursPolicy
			.check(new OfficeHours(Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(9, 0))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("closes"));
		assertThatThrownBy(() -> OfficeHoursPolicy.check(new OfficeHours(Set.of(DayOfWeek.MONDAY), null, LocalTime.of(9, 0))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("opens"));
		assertThat(OfficeHoursPolicy.check(WEEKDAYS)).isEqualTo(WEEKDAYS);
	}
}
