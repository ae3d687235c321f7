package org.tuoyu.messaging.daily;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import org.tuoyu.platform.BusinessRuleException;

/**
 * The medicine log's rules. The institution gives medicine only against a guardian's written
 * request: a medication, a dose and one to six times on a day from today to a week ahead. A dose
 * is given on the request's day, while it is not cancelled and until every requested time has its
 * dose.
 */
final class MedicinePolicy {

	static final int MAX_TIMES = 6;

	static final int DAYS_AHEAD = 6;

	private MedicinePolicy() {
	}

	/** A request as it will be stored: texts stripped, times sorted without repeats, the day set. */
	record CheckedRequest(LocalDate day, String medication, String dose, List<LocalTime> times, String note) {
	}

	/**
	 * Checks a guardian's request written on {@code today}.
	 *
	 * @throws BusinessRuleException naming the field at fault
	 */
	static CheckedRequest check(NewMedicineRequest request, LocalDate today) {
		String medication = required("medication", request.medication(), 100);
		String dose = required("dose", request.dose(), 50);
		List<LocalTime> times = request.times() == null ? List.of()
				: request.times().stream().filter(Objects::nonNull).map(t -> t.withSecond(0).withNano(0)).distinct()
					.sorted().toList();
		if (times.isEmpty() || times.size() > MAX_TIMES) {
			throw new BusinessRuleException("times", "messaging.daily.medicine.timesInvalid", MAX_TIMES);
		}
		LocalDate day = request.day() == null ? today : request.day();
		if (day.isBefore(today) || day.isAfter(today.plusDays(DAYS_AHEAD))) {
			throw new BusinessRuleException("day", "messaging.daily.medicine.day.invalid", DAYS_AHEAD + 1);
		}
		String note = EntryPolicy.text(request.note(), false);
		if (note != null && note.length() > 200) {
			throw new BusinessRuleException("note", "messaging.daily.text.length", 200);
		}
		return new CheckedRequest(day, medication, dose, times, note);
	}

	/**
	 * Checks a dose given on {@code day} against a request with {@code given} doses so far.
	 *
	 * @throws BusinessRuleException when the request was cancelled, is for another day, or every
	 *         requested time has its dose
	 */
	static void checkDose(LocalDate requestDay, int requestedTimes, boolean cancelled, int given, LocalDate day) {
		if (cancelled) {
			throw new BusinessRuleException("medicineRequestId", "messaging.daily.medicine.cancelled");
		}
		if (!requestDay.equals(day)) {
			throw new BusinessRuleException("medicineRequestId", "messaging.daily.medicine.otherDay", requestDay.toString());
		}
		if (given >= requestedTimes) {
			throw new BusinessRuleException("medicineRequestId", "messaging.daily.medicine.allGiven", requestedTimes);
		}
	}

	private static String required(String field, String raw, int max) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty() || value.length() > max) {
			throw new BusinessRuleException(field, "messaging.daily.field.length", 1, max);
		}
		return value;
	}
}
