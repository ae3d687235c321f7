package org.tuoyu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One event of an institution's credit history.
 *
 * @param id the event
 * @param kind what happened
 * @param delta the points it changed the score by (after clamping to the configured range)
 * @param scoreAfter the score after it
 * @param tierAfter the tier after it
 * @param reason why, e.g. the inspection's result or the regulator's reason
 * @param documentNumber the penalty or commendation document number (文号), for manual events
 * @param sourceType where it came from: INSPECTION, RECTIFICATION, COMPLAINT or MANUAL
 * @param sourceId the inspection, order, complaint or manual record
 * @param occurredOn the day it happened
 * @param recordedByName who recorded it, {@code null} for events from other parts of supervision
 * @param recordedAt when it was recorded
 */
public record CreditEntry(UUID id, CreditEventKind kind, int delta, int scoreAfter, CreditTier tierAfter, String reason,
		String documentNumber, String sourceType, UUID sourceId, LocalDate occurredOn, String recordedByName,
		Instant recordedAt) {
}
