package org.tuoyu.institution.internal;

import java.util.List;

import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionRules;
import org.tuoyu.platform.BusinessRuleException;

/**
 * How large a class may be (DOMAIN §2, from the rules configuration): a larger class is refused
 * with the limit in the message. A family childcare point has family-point classes only and at most
 * its limit of children in total.
 */
public final class ClassSizePolicy {

	private ClassSizePolicy() {
	}

	public static void check(InstitutionRules rules, InstitutionCategory category, ClassType type, Integer capacity,
			List<CareClass> existing) {
		if (type == null) {
			throw new BusinessRuleException("type", "institution.class.typeRequired");
		}
		if (capacity == null || capacity < 1) {
			throw new BusinessRuleException("capacity", "institution.class.capacityPositive");
		}
		boolean familyPoint = category == InstitutionCategory.FAMILY_POINT;
		if (familyPoint != (type == ClassType.FAMILY_POINT)) {
			throw new BusinessRuleException("type", "institution.class.familyPointOnly");
		}
		int max = rules.rule(type).maxSize();
		if (capacity > max) {
			throw new BusinessRuleException("capacity", "institution.class.tooLarge", type.messageKey(), max);
		}
		if (familyPoint) {
			int total = existing.stream().mapToInt(CareClass::capacity).sum() + capacity;
			if (total > max) {
				throw new BusinessRuleException("capacity", "institution.class.familyPointTotal", max);
			}
		}
	}
}
