package org.tuoyu.messaging.daily;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A guardian's medicine request with the doses given against it so far.
 *
 * @param requestedByName the guardian who wrote it
 * @param doses the doses given (medicine entries that stand), earliest first
 */
public record MedicineRequest(UUID id, UUID childId, String childName, LocalDate day, String medication, String dose,
		List<LocalTime> times, String note, String requestedByName, OffsetDateTime requestedAt, boolean cancelled,
		List<DailyEntry> doses) {

	/** How many of the requested times are still to be given. */
	@JsonProperty
	public int remaining() {
		return cancelled ? 0 : Math.max(0, times.size() - doses.size());
	}
}
