package org.tuoyu.platform;

import java.time.Instant;
import java.util.UUID;

import org.tuoyu.shared.DivisionCode;

/**
 * One audited action on a record, with who did it as their account is now: for showing the
 * owner of a record who looked at it.
 *
 * @param occurredAt when
 * @param action the audited action
 * @param actorId the acting account, {@code null} for the system
 * @param actorName the account's display name, or the recorded actor name when the account is gone
 * @param actorRole the account's role, {@code null} for the system or an unknown account
 * @param actorDivision an officer's division (their unit), otherwise {@code null}
 * @param actorInstitutionId institution staff's institution, otherwise {@code null}
 */
public record RecordAccess(Instant occurredAt, String action, UUID actorId, String actorName, Role actorRole,
		DivisionCode actorDivision, UUID actorInstitutionId) {
}
