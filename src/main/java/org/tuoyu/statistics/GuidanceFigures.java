package org.tuoyu.statistics;

import java.util.Optional;

/**
 * What a parenting-guidance module supplies for the guidance rate (育儿指导率): for a division and
 * year, the children 0–3 registered and those among them who received at least one guidance
 * service in the year. Without such a bean, or without figures for the division and year, the
 * indicator has no value and says there are no guidance records yet.
 */
public interface GuidanceFigures {

	/** The guidance counts of the division subtree in the year, or empty when none are recorded. */
	Optional<GuidanceCount> guidance(String division, int year);

	/**
	 * @param guided children 0–3 with at least one guidance service in the year (numerator)
	 * @param registered children 0–3 registered (denominator)
	 */
	record GuidanceCount(long guided, long registered) {
	}
}
