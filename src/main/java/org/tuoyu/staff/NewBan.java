package org.tuoyu.staff;

import java.time.LocalDate;
import java.util.List;

/**
 * A ban decision: the person, the reason, the decision document and its date, and the end of the
 * ban ({@code null}: for life). Direct managers named in {@code managers} are banned with the
 * person under the same decision.
 */
public record NewBan(String name, String residentId, String reason, String decisionDocument, LocalDate decidedOn,
		LocalDate until, List<BannedManager> managers) {

	public NewBan {
		managers = managers == null ? List.of() : List.copyOf(managers);
	}

	/** A direct manager banned together with the person. */
	public record BannedManager(String name, String residentId) {
	}
}
