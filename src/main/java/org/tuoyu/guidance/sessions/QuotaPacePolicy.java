package org.tuoyu.guidance.sessions;

import java.time.YearMonth;

/**
 * How many of the year's free sessions a home-cared child should have had by the end of a month:
 * the quota spread evenly over the year, rounded up (6 a year: 1 by February, 3 by June, 6 by
 * December).
 */
final class QuotaPacePolicy {

	private QuotaPacePolicy() {
	}

	static int expectedBy(YearMonth month, int quotaPerYear) {
		return (quotaPerYear * month.getMonthValue() + 11) / 12;
	}
}
