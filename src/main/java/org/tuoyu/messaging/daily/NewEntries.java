package org.tuoyu.messaging.daily;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One tap on the class's tablet: the same entry for each chosen child (see {@link EntryValues}).
 * A medicine dose names the guardian's request it was given against.
 */
public record NewEntries(List<UUID> childIds, EntryKind kind, LocalDateTime at, Meal meal, Portion portion,
		Integer millilitres, DrinkAmount drinkAmount, LocalDateTime endsAt, Nappy nappy, Mood mood, String text,
		UUID medicineRequestId) {

	/** The entry each child gets. */
	public EntryValues values() {
		return new EntryValues(kind, at, meal, portion, millilitres, drinkAmount, endsAt, nappy, mood, text);
	}
}
