package org.tuoyu.staff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recorded ban, as the regulator sees it (the ID number masked).
 * @param principalBanId the ban this one accompanies, for a direct manager banned with a person
 */
public record Ban(UUID id, String name, String residentIdMasked, String reason, String decisionDocument,
		LocalDate decidedOn, LocalDate until, UUID principalBanId, String divisionCode, OffsetDateTime recordedAt) {

	/** Whether the ban is in force on a day. */
	public boolean activeOn(LocalDate day) {
		return !decidedOn.isAfter(day) && (until == null || !until.isBefore(day));
	}

	public boolean lifetime() {
		return until == null;
	}
}
