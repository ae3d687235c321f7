package org.tuoyu.guidance.register;

import java.time.LocalDate;

import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.shared.Sex;

/** A child that passed the register's rules, ready to be stored. */
record Candidate(String name, Sex sex, LocalDate birthDate, ResidentId residentId, DivisionCode community,
		String guardianName, PhoneNumber guardianPhone, RegisterOrigin origin) {

	/** The street (9 digits) of the child's community. */
	String street() {
		return community.value().substring(0, 9);
	}
}
