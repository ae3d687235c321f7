package org.tuoyu.health;

import java.time.LocalDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A recorded incident or injury; a serious one carries the deadline for telling the district.
 * Times are local to the city (its time zone, {@code tuoyu.city.time-zone}).
 */
public record Incident(UUID id, UUID childId, String childName, UUID institutionId, String institutionName,
		IncidentType type, Severity severity, LocalDateTime occurredAt, String place, String description,
		String firstAid, LocalDateTime guardiansToldAt, LocalDateTime districtToldAt, LocalDateTime reportDeadline) {

	/** A serious incident the district has not been told of by its deadline. */
	public boolean overdueAt(LocalDateTime now) {
		return reportDeadline != null && districtToldAt == null && now.isAfter(reportDeadline);
	}

	/** A serious incident still to be reported to the district. */
	@JsonProperty
	public boolean awaitingReport() {
		return reportDeadline != null && districtToldAt == null;
	}
}
