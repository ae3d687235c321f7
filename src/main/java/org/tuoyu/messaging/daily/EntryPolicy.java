package org.tuoyu.messaging.daily;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.tuoyu.platform.BusinessRuleException;

/**
 * What an entry must say, by kind: a meal and its portion, millilitres (1–1000) or an amount for a
 * drink, an end after the start for a nap, a nappy, a mood, a text for an activity or a note. It
 * happens today in the city and not later than a few minutes from now (tablets' clocks drift);
 * values of other kinds are dropped. Arrival and departure come from attendance; medicine goes
 * through {@link MedicinePolicy}.
 */
final class EntryPolicy {

	/** How far ahead of the server's clock a time may lie. */
	static final Duration LEEWAY = Duration.ofMinutes(5);

	static final int MAX_TEXT = 500;

	static final int MAX_MILLILITRES = 1000;

	private EntryPolicy() {
	}

	/** An entry as it will be stored: the moment, its city day and the values of its kind only. */
	record Checked(EntryKind kind, OffsetDateTime at, LocalDate day, OffsetDateTime endsAt, Meal meal, Portion portion,
			Integer millilitres, DrinkAmount drinkAmount, Nappy nappy, Mood mood, String text) {
	}

	/**
	 * Checks an entry recorded at {@code now} (in the city's zone).
	 *
	 * @throws BusinessRuleException naming the field at fault
	 */
	static Checked check(EntryValues values, ZonedDateTime now) {
		EntryKind kind = values.kind();
		if (kind == null) {
			throw new BusinessRuleException("kind", "messaging.daily.field.required");
		}
		if (!kind.recorded()) {
			throw new BusinessRuleException("kind", "messaging.daily.kind.fromAttendance");
		}
		if (kind == EntryKind.MEDICINE) {
			throw new BusinessRuleException("medicineRequestId", "messaging.daily.medicine.requestRequired");
		}
		OffsetDateTime at = moment("at", values.at(), now);
		String text = text(values.text(), kind == EntryKind.ACTIVITY || kind == EntryKind.NOTE);
		return switch (kind) {
			case MEAL -> new Checked(kind, at, at.toLocalDate(), null, required("meal", values.meal()),
					required("portion", values.portion()), null, null, null, null, text);
			case DRINK -> drink(values, at, text);
			case NAP -> new Checked(kind, at, at.toLocalDate(), napEnd(values.endsAt(), at, now), null, null, null, null,
					null, null, text);
			case NAPPY -> new Checked(kind, at, at.toLocalDate(), null, null, null, null, null,
					required("nappy", values.nappy()), null, text);
			case MOOD -> new Checked(kind, at, at.toLocalDate(), null, null, null, null, null, null,
					required("mood", values.mood()), text);
			default -> new Checked(kind, at, at.toLocalDate(), null, null, null, null, null, null, null, text);
		};
	}

	/**
	 * A moment in the city's time, now when absent: today and not later than {@link #LEEWAY} ahead.
	 */
	static OffsetDateTime moment(String field, LocalDateTime cityTime, ZonedDateTime now) {
		if (cityTime == null) {
			return now.toOffsetDateTime();
		}
		ZonedDateTime at = cityTime.atZone(now.getZone());
		if (!at.toLocalDate().equals(now.toLocalDate())) {
			throw new BusinessRuleException(field, "messaging.daily.at.today");
		}
		if (at.isAfter(now.plus(LEEWAY))) {
			throw new BusinessRuleException(field, "messaging.daily.at.future");
		}
		return at.toOffsetDateTime();
	}

	/** An optional text, stripped; required for activities and notes. */
	static String text(String raw, boolean required) {
		String text = raw == null || raw.isBlank() ? null : raw.strip();
		if (text == null && required) {
			throw new BusinessRuleException("text", "messaging.daily.text.required");
		}
		if (text != null && text.length() > MAX_TEXT) {
			throw new BusinessRuleException("text", "messaging.daily.text.length", MAX_TEXT);
		}
		return text;
	}

	private static Checked drink(EntryValues values, OffsetDateTime at, String text) {
		Integer millilitres = values.millilitres();
		if (millilitres == null && values.drinkAmount() == null) {
			throw new BusinessRuleException("millilitres", "messaging.daily.drink.required");
		}
		if (millilitres != null && (millilitres < 1 || millilitres > MAX_MILLILITRES)) {
			throw new BusinessRuleException("millilitres", "messaging.daily.drink.millilitres", MAX_MILLILITRES);
		}
		return new Checked(EntryKind.DRINK, at, at.toLocalDate(), null, null, null, millilitres,
				millilitres == null ? values.drinkAmount() : null, null, null, text);
	}

	private static OffsetDateTime napEnd(LocalDateTime endsAt, OffsetDateTime start, ZonedDateTime now) {
		if (endsAt == null) {
			return null;
		}
		OffsetDateTime end = moment("endsAt", endsAt, now);
		if (end.isBefore(start)) {
			throw new BusinessRuleException("endsAt", "messaging.daily.nap.end");
		}
		return end;
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new BusinessRuleException(field, "messaging.daily.field.required");
		}
		return value;
	}
}
