package org.tuoyu.messaging.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.tuoyu.platform.BusinessRuleException;

class EntryPolicyTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final ZonedDateTime NOW = LocalDateTime.parse("2026-12-07T12:00").atZone(CITY);

	private static EntryValues values(EntryKind kind, String at) {
		return new EntryValues(kind, at == null ? null : LocalDateTime.parse(at), Meal.LUNCH, Portion.MOST, 120,
				DrinkAmount.MUCH, null, Nappy.WET, Mood.HAPPY, "  米饭  ");
	}

	@Test
	void anEntryWithoutATimeHappensNowOnTheCitysDay() {
		EntryPolicy.Checked checked = EntryPolicy.check(values(EntryKind.NAPPY, null), NOW);
		assertThat(checked.at()).isEqualTo(NOW.toOffsetDateTime());
		assertThat(checked.day()).isEqualTo(NOW.toLocalDate());
	}

	@Test
	void onlyTheValuesOfTheKindAreKept() {
		EntryPolicy.Checked meal = EntryPolicy.check(values(EntryKind.MEAL, "2026-12-07T11:30"), NOW);
		assertThat(meal.meal()).isEqualTo(Meal.LUNCH);
		assertThat(meal.portion()).isEqualTo(Portion.MOST);
		assertThat(meal.text()).isEqualTo("米饭");
		assertThat(meal.nappy()).isNull();
		assertThat(meal.mood()).isNull();
		assertThat(meal.millilitres()).isNull();
		EntryPolicy.Checked drink = EntryPolicy.check(values(EntryKind.DRINK, null), NOW);
		assertThat(drink.millilitres()).isEqualTo(120);
		assertThat(drink.drinkAmount()).as("measured millilitres win over an estimate").isNull();
	}

	@Test
	void eachKindNeedsItsValue() {
		assertField(new EntryValues(EntryKind.MEAL, null, Meal.LUNCH, null, null, null, null, null, null, null), "portion");
		assertField(new EntryValues(EntryKind.MEAL, null, null, Portion.ALL, null, null, null, null, null, null), "meal");
		assertField(new EntryValues(EntryKind.DRINK, null, null, null, null, null, null, null, null, null), "millilitres");
		assertField(new EntryValues(EntryKind.DRINK, null, null, null, 0, null, null, null, null, null), "millilitres");
		assertField(new EntryValues(EntryKind.NAPPY, null, null, null, null, null, null, null, null, null), "nappy");
		assertField(new EntryValues(EntryKind.MOOD, null, null, null, null, null, null, null, null, null), "mood");
		assertField(new EntryValues(EntryKind.ACTIVITY, null, null, null, null, null, null, null, null, " "), "text");
		assertField(new EntryValues(EntryKind.NOTE, null, null, null, null, null, null, null, null, "字".repeat(501)), "text");
		assertField(new EntryValues(null, null, null, null, null, null, null, null, null, null), "kind");
	}

	@Test
	void arrivalAndDepartureComeFromAttendanceAndMedicineNeedsARequest() {
		assertThatThrownBy(() -> EntryPolicy.check(values(EntryKind.ARRIVAL, null), NOW))
			.hasMessage("messaging.daily.kind.fromAttendance");
		assertThatThrownBy(() -> EntryPolicy.check(values(EntryKind.MEDICINE, null), NOW))
			.hasMessage("messaging.daily.medicine.requestRequired");
	}

	@Test
	void anEntryHappensTodayAndNotLaterThanAFewMinutesFromNow() {
		assertThat(EntryPolicy.check(values(EntryKind.MOOD, "2026-12-07T12:05"), NOW).at().toLocalTime())
			.hasToString("12:05");
		assertThatThrownBy(() -> EntryPolicy.check(values(EntryKind.MOOD, "2026-12-07T12:06"), NOW))
			.hasMessage("messaging.daily.at.future");
		assertThatThrownBy(() -> EntryPolicy.check(values(EntryKind.MOOD, "2026-12-06T23:59"), NOW))
			.hasMessage("messaging.daily.at.today");
		ZonedDateTime justAfterMidnight = LocalDateTime.parse("2026-12-08T00:00:30").atZone(CITY);
		assertThatThrownBy(() -> EntryPolicy.check(values(EntryKind.MOOD, "2026-12-07T23:59"), justAfterMidnight))
			.hasMessage("messaging.daily.at.today");
	}

	@Test
	void aNapEndsAfterItBegins() {
		EntryValues nap = new EntryValues(EntryKind.NAP, LocalDateTime.parse("2026-12-07T09:00"), null, null, null, null,
				LocalDateTime.parse("2026-12-07T10:30"), null, null, null);
		assertThat(EntryPolicy.check(nap, NOW).endsAt().toLocalTime()).hasToString("10:30");
		EntryValues backwards = new EntryValues(EntryKind.NAP, LocalDateTime.parse("2026-12-07T09:00"), null, null, null,
				null, LocalDateTime.parse("2026-12-07T08:59"), null, null, null);
		assertField(backwards, "endsAt");
		assertThat(EntryPolicy.check(values(EntryKind.NAP, "2026-12-07T11:00"), NOW).endsAt()).isNull();
	}

	private static void assertField(EntryValues values, String field) {
		assertThatThrownBy(() -> EntryPolicy.check(values, NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}
}
