package org.tuoyu.guidance.register;

import java.util.List;

/**
 * A page of the register of an area: its figures, the figures of the divisions one level below and
 * the children matching the filter.
 *
 * @param area the division looked at
 * @param areaName its name
 * @param counts its figures
 * @param areas the figures of the divisions one level below, with children in the register
 * @param entries the children of the page, masked
 * @param matching how many children match the filter
 * @param page the page, from 0
 * @param pageSize children per page
 */
public record RegisterPage(String area, String areaName, RegisterCounts counts, List<AreaCount> areas,
		List<RegisterEntry> entries, long matching, int page, int pageSize) {

	/** Whether a later page exists. */
	public boolean hasNext() {
		return (long) (page + 1) * pageSize < matching;
	}
}
