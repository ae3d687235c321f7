package org.tuoyu.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The streets of a division furthest from the places the 2025 target implies, with the estimate
 * of their children 0–3 and the nearest institutions that could add places.
 *
 * @param placesPerThousand the target of places per 1,000 residents the target places come from
 * @param childShare the city's share of children 0–3 behind the demand estimate, or null
 * @param streets the streets, furthest from target first
 */
public record StatisticsMapGaps(String division, int year, BigDecimal placesPerThousand, ChildShare childShare,
		List<Street> streets) {

	/** The plan's children 0–3 and residents of a city in a baseline year. */
	public record ChildShare(String city, int year, BigDecimal children, BigDecimal residents) {
	}

	/**
	 * A street: residents (latest year ≤ the year; null when unknown), demand (children 0–3
	 * estimated), places at its operating sites, target places (residents × target ÷ 1000, rounded
	 * up), gap (target places − places, at least 0), its centre (mean of its operating sites; null
	 * without any) and the nearest institutions that could add places.
	 */
	public record Street(String code, String name, Long residents, Integer populationYear, Long demand, long places,
			Long targetPlaces, Long gap, long sites, StatisticsMapPoint centre, List<Nearby> nearest) {
	}

	/** An operating institution that could add places: free places now, or inclusive; metres from the street's centre. */
	public record Nearby(UUID institutionId, String name, String category, boolean inclusive, long places, long enrolled,
			long metres) {
	}
}
