package org.tuoyu.messaging.daily;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of a child's day: what was recorded, when, by whom, and whether it still stands.
 * Arrival and departure (from attendance) have no id and no author; a departure's {@code text} is
 * who picked the child up. A medicine dose carries its request's medication and dose.
 *
 * @param correction whether this entry corrects an earlier one
 * @param changeable whether the reader may correct or withdraw it now (its author, the same day)
 */
public record DailyEntry(UUID id, UUID childId, EntryKind kind, OffsetDateTime at, OffsetDateTime endsAt, Meal meal,
		Portion portion, Integer millilitres, DrinkAmount drinkAmount, Nappy nappy, Mood mood, String text,
		UUID medicineRequestId, String medication, String dose, EntryStatus status, boolean correction,
		UUID recordedBy, String recordedByName, OffsetDateTime recordedAt, boolean changeable) {

	/** A line taken from attendance: arrival or departure. */
	static DailyEntry fromAttendance(UUID childId, EntryKind kind, OffsetDateTime at, String text) {
		return new DailyEntry(null, childId, kind, at, null, null, null, null, null, null, null, text, null, null, null,
				EntryStatus.ACTIVE, false, null, null, null, false);
	}

	/** Whether it still stands (not corrected, not withdrawn). */
	public boolean active() {
		return status == EntryStatus.ACTIVE;
	}

	/** A nap not ended yet. */
	public boolean napping() {
		return kind == EntryKind.NAP && endsAt == null && active();
	}

	/** The minutes of an ended nap, else {@code null}. */
	@JsonProperty
	public Integer napMinutes() {
		return kind == EntryKind.NAP && endsAt != null ? (int) Duration.between(at, endsAt).toMinutes() : null;
	}

	/** The entry as one reader sees it: times in the city's zone, and whether the reader may change it. */
	DailyEntry readBy(boolean mayChange, ZoneId zone) {
		return new DailyEntry(id, childId, kind, inZone(at, zone), inZone(endsAt, zone), meal, portion, millilitres,
				drinkAmount, nappy, mood, text, medicineRequestId, medication, dose, status, correction, recordedBy,
				recordedByName, inZone(recordedAt, zone), mayChange);
	}

	static OffsetDateTime inZone(OffsetDateTime moment, ZoneId zone) {
		return moment == null ? null : moment.atZoneSameInstant(zone).toOffsetDateTime();
	}
}
