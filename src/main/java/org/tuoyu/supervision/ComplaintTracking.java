package org.tuoyu.supervision;

import java.time.LocalDate;

/**
 * What the public sees of a complaint with its tracking code: status, dates and the district's
 * public reply — never the complainant's data or the internal notes.
 */
public record ComplaintTracking(String institutionName, ComplaintCategory category, ComplaintStatus status,
		LocalDate receivedOn, LocalDate dueOn, LocalDate closedOn, String publicReply) {
}
