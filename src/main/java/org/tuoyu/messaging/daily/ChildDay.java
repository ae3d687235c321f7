package org.tuoyu.messaging.daily;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's day: the timeline in time order (arrival and departure from attendance among the
 * entries), its summary, the medicine requests of the day, and the earlier days with entries.
 *
 * @param today whether the day is the city's today (the page then keeps itself up to date)
 * @param earlierDays days before this one with entries, the latest first
 */
public record ChildDay(UUID childId, String childName, LocalDate day, boolean today, List<DailyEntry> timeline,
		DaySummary summary, List<MedicineRequest> medicineRequests, List<LocalDate> earlierDays) {
}
