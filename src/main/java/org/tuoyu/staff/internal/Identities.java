package org.tuoyu.staff.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.PersonalDataProtection;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.staff.internal.StaffRows.Identity;

/**
 * Turns typed ID and phone numbers into what is stored: validated, normalised (an ID's check
 * character upper-case), encrypted, blind-indexed and masked.
 */
@Component
public class Identities {

	static final String RESIDENT_ID = "resident-id";

	static final String PHONE = "phone";

	private final PersonalDataProtection protection;

	Identities(PersonalDataProtection protection) {
		this.protection = protection;
	}

	/** A valid resident ID, or a rule broken on {@code field}. */
	public static ResidentId residentId(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			throw new BusinessRuleException(field, "staff.residentId.required");
		}
		return BusinessRuleException.onField(field, () -> ResidentId.of(raw));
	}

	/** A valid resident ID whose birth date is not after {@code today}, or a rule broken on {@code field}. */
	public static ResidentId residentId(String field, String raw, LocalDate today) {
		ResidentId id = residentId(field, raw);
		return BusinessRuleException.onField(field, () -> ResidentId.of(id.value(), today));
	}

	public Identity protect(ResidentId id) {
		return new Identity(protection.encrypt(RESIDENT_ID, id.value()), index(id), id.masked());
	}

	public byte[] index(ResidentId id) {
		return protection.blindIndex(RESIDENT_ID, id.value());
	}

	/** An optional phone: empty stays empty; anything else must be a valid mobile number. */
	public static PhoneNumber phone(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return BusinessRuleException.onField(field, () -> PhoneNumber.of(raw));
	}

	public byte[] encrypt(PhoneNumber phone) {
		return phone == null ? null : protection.encrypt(PHONE, phone.value());
	}
}
