package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint as the district sees it in its queue (without the complainant's data).
 *
 * @param divisionCode the institution's street, the data-scope key
 * @param overdue whether it is still open after its deadline
 */
public record Complaint(UUID id, UUID institutionId, String institutionName, String divisionCode,
		ComplaintCategory category, ComplaintStatus status, String description, LocalDate receivedOn, LocalDate dueOn,
		LocalDate closedOn, String publicReply, String internalNote, boolean overdue) {
}
