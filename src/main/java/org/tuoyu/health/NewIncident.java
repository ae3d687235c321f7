package org.tuoyu.health;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An incident or injury to record; times are local to the city (its time zone,
 * {@code tuoyu.city.time-zone}).
 *
 * @param childId a child placed at the user's institution
 * @param occurredAt when it happened, not in the future
 * @param guardiansToldAt when the guardians were told, if yet
 * @param districtToldAt when the district was told, if yet
 */
public record NewIncident(UUID childId, IncidentType type, Severity severity, LocalDateTime occurredAt, String place,
		String description, String firstAid, LocalDateTime guardiansToldAt, LocalDateTime districtToldAt) {
}
