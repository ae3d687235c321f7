package org.tuoyu.guidance.register;

import org.springframework.stereotype.Component;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.platform.PersonalDataProtection;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;

/**
 * How the register stores identity and phone numbers: encrypted, with a keyed blind index. A
 * child's resident ID uses the family module's purpose, so that its index equals the family's for
 * the same number and the two records of one child match without comparing numbers in clear.
 */
@Component
class RegisterIdentities {

	static final String GUARDIAN_PHONE = "guidance-guardian-phone";

	private final PersonalDataProtection protection;

	RegisterIdentities(PersonalDataProtection protection) {
		this.protection = protection;
	}

	byte[] index(ResidentId id) {
		return protection.blindIndex(FamilyManagement.CHILD_RESIDENT_ID, id.value());
	}

	byte[] encrypt(ResidentId id) {
		return protection.encrypt(FamilyManagement.CHILD_RESIDENT_ID, id.value());
	}

	byte[] encrypt(PhoneNumber phone) {
		return protection.encrypt(GUARDIAN_PHONE, phone.value());
	}

	byte[] index(PhoneNumber phone) {
		return protection.blindIndex(GUARDIAN_PHONE, phone.value());
	}
}
