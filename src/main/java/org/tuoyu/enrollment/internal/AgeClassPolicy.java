package org.tuoyu.enrollment.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionRules;

/**
 * The child's age in whole months at the desired start decides the class type (乳儿班 6–12,
 * 托小班 12–24, 托大班 24–36 months, by the configured class rules); an institution can take the
 * child in a class of that type, a mixed class or a family point whose ages include the child's.
 */
public final class AgeClassPolicy {

	private static final List<ClassType> BY_AGE = List.of(ClassType.INFANT, ClassType.TODDLER, ClassType.OLDER_TODDLER);

	private final InstitutionRules rules;

	public AgeClassPolicy(InstitutionRules rules) {
		this.rules = rules;
	}

	public static int ageMonths(LocalDate birthDate, LocalDate on) {
		return (int) Period.between(birthDate, on).toTotalMonths();
	}

	/** The class type for the age, if the age is within childcare (托育) at all. */
	public Optional<ClassType> classTypeFor(int ageMonths) {
		return BY_AGE.stream().filter(type -> rules.rule(type).takes(ageMonths)).findFirst();
	}

	/** Whether a class of this type takes some of the ages of another type (a mixed class: toddlers and older). */
	public boolean overlaps(ClassType classType, ClassType other) {
		var a = rules.rule(classType);
		var b = rules.rule(other);
		return a.minAgeMonths() < b.maxAgeMonths() && b.minAgeMonths() < a.maxAgeMonths();
	}

	/** Whether a class of this type takes a child of this age. */
	public boolean takes(ClassType classType, int ageMonths) {
		return rules.rule(classType).takes(ageMonths);
	}
}
