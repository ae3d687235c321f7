package org.tuoyu.guidance.sessions;

import java.time.YearMonth;
import java.util.List;

/**
 * A page of the home-cared children of an area behind the free quota's pace by the end of a month,
 * with the count of each division one level below.
 *
 * @param month the month looked at
 * @param expected free sessions due by its end
 * @param area the division looked at, inside the user's area
 * @param areaName its name
 * @param atRoot whether it is the user's whole area
 * @param areas the divisions one level below with children behind, most behind first
 * @param children the children of the page, by home, fewest sessions first
 * @param behind how many children of the area are behind
 * @param page the page, from 0
 * @param pageSize children per page
 */
public record QuotaPage(YearMonth month, int expected, String area, String areaName, boolean atRoot,
		List<AreaShortfall> areas, List<ShortfallChild> children, long behind, int page, int pageSize) {

	/** Whether a later page exists. */
	public boolean hasNext() {
		return (long) (page + 1) * pageSize < behind;
	}
}
