package org.tuoyu.guidance.register;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.tuoyu.guidance.GuidanceRules;

/**
 * The register holds children under 3 (tuoyu.guidance.register-max-age-months): a child leaves it
 * on the day it reaches that age, and a child who has reached it is never entered.
 */
@Component
class RegisterAgePolicy {

	private final GuidanceRules rules;

	RegisterAgePolicy(GuidanceRules rules) {
		this.rules = rules;
	}

	/** The day a child born on {@code birthDate} leaves the register (its third birthday by default). */
	LocalDate agesOutOn(LocalDate birthDate) {
		return birthDate.plusMonths(rules.registerMaxAgeMonths());
	}

	/** Whether the child is already too old for the register on {@code today}. */
	boolean agedOut(LocalDate birthDate, LocalDate today) {
		return !today.isBefore(agesOutOn(birthDate));
	}

	/** The oldest age in the register, in months. */
	int maxAgeMonths() {
		return rules.registerMaxAgeMonths();
	}
}
