package org.tuoyu.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A closure case (关停) of an institution.
 *
 * @param divisionCode the institution's street, the data-scope key
 * @param children the enrolled children the case tracks
 * @param resolved those of them placed elsewhere or withdrawn
 */
public record Closure(UUID id, UUID institutionId, String institutionName, String divisionCode, String reason,
		LocalDate plannedClosingOn, ClosureStatus status, OffsetDateTime openedAt, OffsetDateTime confirmedAt,
		OffsetDateTime closedAt, int children, int resolved) {
}
