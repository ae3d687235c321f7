package org.tuoyu.messaging.daily;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A class's daily report on the tablet: its children (those here first), each with arrival,
 * departure and the day's entries, and the guardians' medicine requests of the day.
 */
public record ClassSheet(UUID classId, String className, LocalDate day, List<ChildSheet> children,
		List<MedicineRequest> medicineRequests) {

	/** A child of the class on the day. */
	public record ChildSheet(UUID childId, String name, OffsetDateTime arrivedAt, OffsetDateTime leftAt,
			List<DailyEntry> entries) {

		/** Checked in and not yet out. */
		@JsonProperty
		public boolean present() {
			return arrivedAt != null && leftAt == null;
		}

		/** Asleep now. */
		@JsonProperty
		public boolean napping() {
			return entries.stream().anyMatch(DailyEntry::napping);
		}
	}
}
