package org.tuoyu.institution;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Numbers that differ between jurisdictions ({@code tuoyu.rules.institution.*}); the defaults are
 * the national standard (托育机构设置标准(试行) 2019, DOMAIN §2).
 *
 * @param classes per class type: the largest class and the ages (in months) it takes
 * @param maxRoomFloor the highest floor children's rooms may be on; underground (below 1) never
 */
@ConfigurationProperties("tuoyu.rules.institution")
public record InstitutionRules(Map<ClassType, ClassRule> classes, Integer maxRoomFloor) {

	private static final Map<ClassType, ClassRule> NATIONAL = Map.of(ClassType.INFANT, new ClassRule(10, 6, 12),
			ClassType.TODDLER, new ClassRule(15, 12, 24), ClassType.OLDER_TODDLER, new ClassRule(20, 24, 36),
			ClassType.MIXED, new ClassRule(18, 18, 36), ClassType.FAMILY_POINT, new ClassRule(5, 0, 36));

	public InstitutionRules {
		Map<ClassType, ClassRule> merged = new EnumMap<>(NATIONAL);
		if (classes != null) {
			classes.forEach((type, rule) -> merged.merge(type, rule, ClassRule::overriding));
		}
		classes = Map.copyOf(merged);
		maxRoomFloor = maxRoomFloor == null ? 3 : maxRoomFloor;
	}


	public ClassRule rule(ClassType type) {
		return classes.get(type);
	}

	/**
	 * One class type's rule.
	 * @param maxSize the most children in one class (for a family point: in total)
	 * @param minAgeMonths the youngest age taken, inclusive
	 * @param maxAgeMonths the age from which a child no longer fits, exclusive
	 */
	public record ClassRule(Integer maxSize, Integer minAgeMonths, Integer maxAgeMonths) {

		ClassRule overriding(ClassRule other) {
			return new ClassRule(other.maxSize != null ? other.maxSize : maxSize,
					other.minAgeMonths != null ? other.minAgeMonths : minAgeMonths,
					other.maxAgeMonths != null ? other.maxAgeMonths : maxAgeMonths);
		}

		/** Whether a child of this age (in whole months) fits the class type. */
		public boolean takes(int ageMonths) {
			return ageMonths >= minAgeMonths && ageMonths < maxAgeMonths;
		}
	}
}
