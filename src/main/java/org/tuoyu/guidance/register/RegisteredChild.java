package org.tuoyu.guidance.register;

import java.time.LocalDate;
import java.util.UUID;

import org.tuoyu.shared.Sex;

/**
 * A child of the register as the guidance parts use it (no identity numbers).
 *
 * @param id the register entry
 * @param name the child's name
 * @param sex the child's sex
 * @param birthDate the child's birth date
 * @param divisionCode the street of residence (9 digits)
 * @param communityCode the community of residence (12 digits), if known
 * @param familyChildId the same child in the family module, once its family registered
 * @param enrolled whether the child holds a place at an institution now (not home-cared)
 * @param status whether the child counts in the register
 */
public record RegisteredChild(UUID id, String name, Sex sex, LocalDate birthDate, String divisionCode,
		String communityCode, UUID familyChildId, boolean enrolled, RegisterStatus status) {

	/** Cared for at home: active in the register and without a place at an institution. */
	public boolean homeCared() {
		return status == RegisterStatus.ACTIVE && !enrolled;
	}
}
