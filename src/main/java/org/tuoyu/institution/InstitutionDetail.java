package org.tuoyu.institution;

import java.util.List;
import java.util.Map;

/**
 * Everything about one institution: registry data, sites, classes, fees and places by class type.
 */
public record InstitutionDetail(Institution institution, List<Site> sites, List<CareClass> classes, List<Fee> fees) {

	/** Places (托位): the sum of all class capacities. */
	public int places() {
		return classes.stream().mapToInt(CareClass::capacity).sum();
	}

	/** Places per class type, in the order of {@link ClassType}. */
	public Map<ClassType, Integer> placesByType() {
		Map<ClassType, Integer> byType = new java.util.EnumMap<>(ClassType.class);
		classes.forEach(c -> byType.merge(c.type(), c.capacity(), Integer::sum));
		return byType;
	}

	public Site mainSite() {
		return sites.stream().filter(Site::main).findFirst().orElseThrow();
	}
}
