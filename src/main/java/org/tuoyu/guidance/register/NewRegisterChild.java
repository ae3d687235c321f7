package org.tuoyu.guidance.register;

import java.time.LocalDate;

import org.tuoyu.shared.Sex;

/**
 * A child to enter into the register, by hand or from a row of an upload; every field is checked
 * by the register's rules (the origin may be left out by hand).
 *
 * @param name the child's name
 * @param sex the child's sex
 * @param birthDate the child's birth date, which the resident ID must agree with
 * @param residentId the child's resident ID as typed
 * @param communityCode the community (village) of residence, 12 digits
 * @param guardianName a guardian's name
 * @param guardianPhone the guardian's mobile number as typed
 * @param origin where the maternal and child health system knew the child from
 */
public record NewRegisterChild(String name, Sex sex, LocalDate birthDate, String residentId, String communityCode,
		String guardianName, String guardianPhone, RegisterOrigin origin) {
}
