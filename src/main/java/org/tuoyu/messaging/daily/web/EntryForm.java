package org.tuoyu.messaging.daily.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.tuoyu.messaging.daily.DrinkAmount;
import org.tuoyu.messaging.daily.EntryKind;
import org.tuoyu.messaging.daily.EntryValues;
import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.messaging.daily.Mood;
import org.tuoyu.messaging.daily.Nappy;
import org.tuoyu.messaging.daily.NewEntries;
import org.tuoyu.messaging.daily.Portion;

/**
 * The tablet's entry form: the chosen children, the kind and its values, times of day in the city
 * (now when left empty).
 */
record EntryForm(List<UUID> childIds, EntryKind kind, @DateTimeFormat(pattern = "HH:mm") LocalTime time, Meal meal,
		Portion portion, Integer millilitres, DrinkAmount drinkAmount,
		@DateTimeFormat(pattern = "HH:mm") LocalTime endTime, Nappy nappy, Mood mood, String text) {

	/** The entry for each chosen child, times on {@code today}. */
	NewEntries entries(LocalDate today) {
		return new NewEntries(childIds, kind, time == null ? null : today.atTime(time), meal, portion, millilitres,
				drinkAmount, endTime == null ? null : today.atTime(endTime), nappy, mood, text, null);
	}

	/** The values a correction says instead, times on {@code today}. */
	EntryValues values(LocalDate today) {
		return entries(today).values();
	}
}
