package org.tuoyu.health;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A child's recorded immunisation status; {@code vaccines} and {@code catchUpDue} are set when
 * catch-up is needed, {@code reminderSentAt} when the guardians were last reminded; recorded at
 * {@code institutionId}.
 */
public record Immunisation(UUID childId, String childName, ImmunisationStatus status, String vaccines,
		LocalDate catchUpDue, LocalDate recordedOn, boolean hasCertificate, OffsetDateTime reminderSentAt,
		UUID institutionId) {
}
