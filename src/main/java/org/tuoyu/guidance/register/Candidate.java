package org.tuoyu.guidance.register;

import java.time.LocalDate;
import java.util.HexFormat;

import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.shared.Sex;

/**
 * A child that passed the register's rules, ready to be stored; the blind index of its resident ID
 * is computed once, when it is looked up in the register and the family module.
 */
record Candidate(String name, Sex sex, LocalDate birthDate, ResidentId residentId, DivisionCode community,
		String guardianName, PhoneNumber guardianPhone, RegisterOrigin origin, byte[] residentIdIndex) {

	/** The same child with its resident ID's blind index. */
	Candidate indexed(byte[] index) {
		return new Candidate(name, sex, birthDate, residentId, community, guardianName, guardianPhone, origin, index);
	}

	/** The blind index as hexadecimal text, to compare in memory and to look up in bulk. */
	String indexHex() {
		return HexFormat.of().formatHex(residentIdIndex);
	}

	/** The street (9 digits) of the child's community. */
	String street() {
		return community.value().substring(0, 9);
	}
}
