package org.tuoyu.health;

import org.tuoyu.platform.BusinessRuleException;

/**
 * What an allergy must say: an allergen of at most {@link #MAX_ALLERGEN} characters (one food or
 * substance, as the menu's ingredients name it), a severity, an optional reaction of at most
 * {@link #MAX_REACTION}. Guardians record it; only a health worker confirms it.
 */
final class AllergyPolicy {

	static final int MAX_ALLERGEN = 30;

	static final int MAX_REACTION = 200;

	private AllergyPolicy() {
	}

	/** An allergy as it will be stored: allergen and reaction stripped. */
	record Checked(String allergen, String reaction, AllergySeverity severity) {
	}

	/** @throws BusinessRuleException naming the field at fault */
	static Checked check(NewAllergy allergy) {
		String allergen = allergy.allergen() == null ? "" : allergy.allergen().strip();
		if (allergen.isEmpty()) {
			throw new BusinessRuleException("allergen", "health.allergy.allergen.required");
		}
		if (allergen.length() > MAX_ALLERGEN) {
			throw new BusinessRuleException("allergen", "health.field.tooLong", MAX_ALLERGEN);
		}
		if (allergy.severity() == null) {
			throw new BusinessRuleException("severity", "health.field.required");
		}
		String reaction = ChildHealthAccess.optionalText("reaction", allergy.reaction(), MAX_REACTION);
		return new Checked(allergen, reaction, allergy.severity());
	}
}
