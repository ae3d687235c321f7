package org.tuoyu.guidance.register;

import java.time.LocalDate;
import java.util.UUID;

import org.tuoyu.shared.Sex;

/**
 * A child of the register as officers and the child's guardians see it: identity and phone numbers
 * masked only.
 *
 * @param id the register entry
 * @param name the child's name
 * @param sex the child's sex
 * @param birthDate the child's birth date
 * @param residentIdMasked the resident ID with its middle hidden, if known
 * @param divisionCode the street of residence (9 digits)
 * @param communityCode the community of residence (12 digits), if known
 * @param communityName the community's name, if known
 * @param guardianName a guardian's name, if known
 * @param guardianPhoneMasked the guardian's mobile number with its middle hidden, if known
 * @param linkedToFamily whether the child's family has registered it on the platform
 * @param enrolled whether the child holds a place at an institution now
 * @param source how the entry was made: {@code IMPORT}, {@code MANUAL} or {@code FAMILY}
 * @param origin where the maternal and child health system knew the child from, if imported
 * @param status whether the child counts in the register
 * @param exitReason why the child left the register, if it did and one was given
 * @param exitedOn the day the child left the register, if it did
 * @param registeredOn the day the entry was made
 */
public record RegisterEntry(UUID id, String name, Sex sex, LocalDate birthDate, String residentIdMasked,
		String divisionCode, String communityCode, String communityName, String guardianName, String guardianPhoneMasked,
		boolean linkedToFamily, boolean enrolled, String source, RegisterOrigin origin, RegisterStatus status,
		String exitReason, LocalDate exitedOn, LocalDate registeredOn) {

	/** The same entry with the community's name. */
	RegisterEntry withCommunityName(String name) {
		return new RegisterEntry(id, this.name, sex, birthDate, residentIdMasked, divisionCode, communityCode, name,
				guardianName, guardianPhoneMasked, linkedToFamily, enrolled, source, origin, status, exitReason, exitedOn,
				registeredOn);
	}

	/** Cared for at home: active in the register and without a place at an institution. */
	public boolean homeCared() {
		return status == RegisterStatus.ACTIVE && !enrolled;
	}
}
