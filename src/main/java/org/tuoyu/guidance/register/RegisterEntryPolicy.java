package org.tuoyu.guidance.register;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.InvalidValueException;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;

/**
 * The rules every child entering the register meets, typed by hand or read from an upload: every
 * field given; a valid resident ID agreeing with the birth date and sex; under 3 on the city's
 * today; a known community inside the user's area; a valid mobile number. The first rule broken is
 * a {@link BusinessRuleException} on its field. Whether the child is already in the register is
 * checked by the caller, in bulk.
 */
@Component
class RegisterEntryPolicy {

	static final int MAX_NAME = 30;

	private final RegisterAgePolicy age;

	RegisterEntryPolicy(RegisterAgePolicy age) {
		this.age = age;
	}

	/**
	 * Checks a child against the rules for an area.
	 *
	 * @param area the root of the user's area
	 * @param knownCommunity whether a 12-digit community code exists
	 * @param originRequired whether the origin must be given (an upload) or may be left out (by hand)
	 */
	Candidate check(NewRegisterChild child, DivisionCode area, Predicate<String> knownCommunity, boolean originRequired,
			LocalDate today) {
		String name = name("name", child.name());
		if (child.sex() == null) {
			throw required("sex");
		}
		if (child.birthDate() == null) {
			throw required("birthDate");
		}
		if (blank(child.residentId())) {
			throw required("residentId");
		}
		ResidentId residentId = BusinessRuleException.onField("residentId", () -> {
			ResidentId id = ResidentId.of(child.residentId(), today);
			id.requireMatches(child.birthDate(), child.sex());
			return id;
		});
		if (age.agedOut(child.birthDate(), today)) {
			throw new BusinessRuleException("birthDate", "guidance.register.tooOld", age.maxAgeMonths());
		}
		DivisionCode community = community(child.communityCode(), area, knownCommunity);
		String guardianName = name("guardianName", child.guardianName());
		if (blank(child.guardianPhone())) {
			throw required("guardianPhone");
		}
		PhoneNumber phone = BusinessRuleException.onField("guardianPhone", () -> PhoneNumber.of(child.guardianPhone()));
		if (originRequired && child.origin() == null) {
			throw required("origin");
		}
		return new Candidate(name, child.sex(), child.birthDate(), residentId, community, guardianName, phone,
				child.origin(), null);
	}

	/** A community of residence: 12 digits, inside {@code area}, known to the city's divisions. */
	static DivisionCode community(String raw, DivisionCode area, Predicate<String> known) {
		if (blank(raw)) {
			throw required("communityCode");
		}
		DivisionCode code;
		try {
			code = DivisionCode.of(raw);
		}
		catch (InvalidValueException ex) {
			throw new BusinessRuleException("communityCode", "guidance.register.community.invalid", raw.strip());
		}
		if (code.level() != DivisionLevel.COMMUNITY) {
			throw new BusinessRuleException("communityCode", "guidance.register.community.invalid", code.value());
		}
		if (!code.isWithin(area)) {
			throw new BusinessRuleException("communityCode", "guidance.register.community.outOfScope", code.value());
		}
		if (!known.test(code.value())) {
			throw new BusinessRuleException("communityCode", "guidance.register.community.unknown", code.value());
		}
		return code;
	}

	/** A person's name of 1 to 30 characters. */
	static String name(String field, String raw) {
		if (blank(raw)) {
			throw required(field);
		}
		String name = raw.strip();
		if (name.length() > MAX_NAME) {
			throw new BusinessRuleException(field, "guidance.register.name.tooLong", MAX_NAME);
		}
		return name;
	}

	private static BusinessRuleException required(String field) {
		return new BusinessRuleException(field, "guidance.register.field.required");
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
