package org.tuoyu.messaging.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DaySummaryPolicyTests {

	private static final UUID CHILD = UUID.randomUUID();

	private static OffsetDateTime at(String time) {
		return OffsetDateTime.parse("2026-12-07T" + time + ":00+08:00");
	}

	/** An entry of the kind at a time with one value (a meal's portion, millilitres, a nappy, a mood, a nap's end). */
	private static DailyEntry entry(EntryKind kind, String time, EntryStatus status, Object value) {
		return new DailyEntry(UUID.randomUUID(), CHILD, kind, at(time),
				value instanceof String end ? at(end) : null, kind == EntryKind.MEAL ? Meal.LUNCH : null,
				value instanceof Portion p ? p : null, value instanceof Integer ml ? ml : null,
				kind == EntryKind.DRINK && value == null ? DrinkAmount.MODERATE : null, value instanceof Nappy n ? n : null,
				value instanceof Mood m ? m : null, null, null, null, null, status, false, null, "保育员", at(time), false);
	}

	private static DailyEntry entry(EntryKind kind, String time, Object value) {
		return entry(kind, time, EntryStatus.ACTIVE, value);
	}

	@Test
	void theDayAddsUpFromTheEntriesThatStand() {
		DaySummary summary = DaySummaryPolicy.summarise(List.of(
				DailyEntry.fromAttendance(CHILD, EntryKind.ARRIVAL, at("08:00"), null),
				entry(EntryKind.MEAL, "08:30", Portion.ALL),
				entry(EntryKind.DRINK, "09:00", 120), entry(EntryKind.DRINK, "10:00", null),
				entry(EntryKind.DRINK, "10:30", 80),
				entry(EntryKind.MOOD, "09:05", Mood.HAPPY),
				entry(EntryKind.NAPPY, "09:40", Nappy.WET), entry(EntryKind.NAPPY, "10:40", Nappy.WET),
				entry(EntryKind.NAPPY, "11:00", Nappy.SOILED),
				entry(EntryKind.MEAL, "11:30", EntryStatus.CORRECTED, Portion.LITTLE),
				entry(EntryKind.MEAL, "11:30", Portion.MOST),
				entry(EntryKind.NAP, "12:00", "14:15"), entry(EntryKind.NAP, "15:00", "15:30"),
				entry(EntryKind.ACTIVITY, "16:00", EntryStatus.WITHDRAWN, null),
				entry(EntryKind.MOOD, "16:05", Mood.SLEEPY),
				DailyEntry.fromAttendance(CHILD, EntryKind.DEPARTURE, at("17:00"), "外婆")));
		assertThat(summary.arrivedAt()).isEqualTo(at("08:00"));
		assertThat(summary.leftAt()).isEqualTo(at("17:00"));
		assertThat(summary.meals()).extracting(DaySummary.MealEaten::portion).containsExactly(Portion.ALL, Portion.MOST);
		assertThat(summary.drinks()).isEqualTo(3);
		assertThat(summary.drinkMillilitres()).isEqualTo(200);
		assertThat(summary.napMinutes()).isEqualTo(135 + 30);
		assertThat(summary.napping()).isFalse();
		assertThat(summary.wetNappies()).isEqualTo(2);
		assertThat(summary.soiledNappies()).isEqualTo(1);
		assertThat(summary.nappies()).isEqualTo(3);
		assertThat(summary.moods()).containsExactly(Mood.HAPPY, Mood.SLEEPY);
		assertThat(summary.empty()).isFalse();
	}

	@Test
	void aChildStillHereHasNoDepartureAndANapGoingOnIsNotCountedYet() {
		DaySummary summary = DaySummaryPolicy.summarise(List.of(
				DailyEntry.fromAttendance(CHILD, EntryKind.ARRIVAL, at("08:00"), null),
				DailyEntry.fromAttendance(CHILD, EntryKind.DEPARTURE, at("10:00"), "妈妈"),
				DailyEntry.fromAttendance(CHILD, EntryKind.ARRIVAL, at("11:00"), null), entry(EntryKind.NAP, "12:00", null)));
		assertThat(summary.arrivedAt()).isEqualTo(at("08:00"));
		assertThat(summary.leftAt()).isNull();
		assertThat(summary.napping()).isTrue();
		assertThat(summary.napMinutes()).isZero();
	}

	@Test
	void aDayWithoutAnythingIsEmpty() {
		assertThat(DaySummaryPolicy.summarise(List.of()).empty()).isTrue();
	}
}
