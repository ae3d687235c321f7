package org.tuoyu.platform.audit;

import java.time.LocalDate;

/**
 * Filters for browsing the audit log; blank values do not filter.
 */
public record AuditQuery(String actor, String action, String target, LocalDate from, LocalDate to, int page) {

	public static final int PAGE_SIZE = 50;

	public AuditQuery {
		page = Math.min(Math.max(page, 0), 100_000);
	}
}
