package org.tuoyu.messaging.daily;

import java.time.LocalDateTime;

/**
 * What to record (or what a correction says instead): the kind, when in the city's time (now when
 * absent) and the values that kind takes — a meal and its portion, millilitres or an amount drunk,
 * a nap's end, a nappy, a mood, a text (what was served, what the child did, a note). Values of
 * other kinds are ignored.
 */
public record EntryValues(EntryKind kind, LocalDateTime at, Meal meal, Portion portion, Integer millilitres,
		DrinkAmount drinkAmount, LocalDateTime endsAt, Nappy nappy, Mood mood, String text) {
}
