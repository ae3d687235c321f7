package org.tuoyu.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tuoyu.shared.Sex;

/**
 * A child with guardians, pick-up persons and consents (every consent ever given, newest first).
 */
public record Child(UUID id, String name, Sex sex, LocalDate birthDate, String residentIdMasked,
		List<Guardian> guardians, List<Pickup> pickups, List<Consent> consents, List<Invitation> invitations) {

	/** Whether a consent of this kind is in force now. */
	public boolean consents(ConsentKind kind) {
		return consents.stream().anyMatch(c -> c.kind() == kind && c.inForce());
	}
}
