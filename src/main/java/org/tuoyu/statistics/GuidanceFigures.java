package org.tuoyu.statistics;

import java.util.Optional;
import java.util.Set;

/**
 * What a parenting-guidance module supplies for the guidance indicators, for a division subtree
 * and year. Without such a bean, or without figures for the division and year, an indicator has no
 * value and its note says why.
 */
public interface GuidanceFigures {

	/**
	 * The register's counts of the division subtree in the year (育儿指导率, 6次免费指导达标率), or
	 * empty when no child is registered there.
	 */
	Optional<GuidanceCount> guidance(String division, int year);

	/** The awareness survey's counts of the division subtree in the year, or empty without respondents. */
	Optional<AwarenessCount> awareness(String division, int year);

	/** The communities/villages of the division subtree where a child living there received guidance in the year. */
	Set<String> servedCommunities(String division, int year);

	/**
	 * @param guided registered children 0–3 with at least one guidance service in the year (numerator)
	 * @param registered children 0–3 registered in the year (denominator)
	 * @param homeCared registered children cared for at home (no place at an institution)
	 * @param reachedQuota home-cared children with the year's free sessions
	 */
	record GuidanceCount(long guided, long registered, long homeCared, long reachedQuota) {
	}

	/**
	 * @param passed respondents scoring at least the pass mark (numerator)
	 * @param respondents respondents (denominator)
	 */
	record AwarenessCount(long passed, long respondents) {
	}
}
