package org.tuoyu.statistics;

import java.util.List;
import java.util.UUID;

/**
 * The operating sites of a division for the markers and the 15-minute reach circles, with the
 * reach radius in metres.
 */
public record StatisticsMapSites(String division, int reachMetres, List<Site> sites) {

	/**
	 * A site of an operating institution: the institution's name, category and inclusive status
	 * (valid today), and the places of the site's classes and the children placed in them.
	 */
	public record Site(UUID siteId, UUID institutionId, String name, String siteName, String street, double lat,
			double lng, String category, boolean inclusive, long places, long enrolled) {
	}
}
