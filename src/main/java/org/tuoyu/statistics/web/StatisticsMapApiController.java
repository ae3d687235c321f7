package org.tuoyu.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.statistics.StatisticsMap;
import org.tuoyu.statistics.StatisticsMapChoropleth;
import org.tuoyu.statistics.StatisticsMapGaps;
import org.tuoyu.statistics.StatisticsMapSites;

/** The layers of the one map (一张图) over the API, for officers whose area covers the division. */
@RestController
@RequestMapping("/api/v1/statistics/map")
class StatisticsMapApiController {

	private final CurrentUsers currentUsers;

	private final StatisticsMap map;

	StatisticsMapApiController(CurrentUsers currentUsers, StatisticsMap map) {
		this.currentUsers = currentUsers;
		this.map = map;
	}

	@Operation(summary = "An indicator of a division and its sub-divisions (districts of a city, streets of a district) for the choropleth",
			description = "Each area with value, numerator, denominator, target and class (0 without a value, 1 below half "
					+ "of the reference, 2 half to three quarters, 3 three quarters to the reference, 4 reaching it; the "
					+ "reference is the 2025 target, else 100 for a percentage), the legend's classes and each area's centre "
					+ "(mean of its operating sites). An unknown indicator, a malformed division or a later year is a 422 naming the parameter.")
	@GetMapping("/choropleth")
	StatisticsMapChoropleth choropleth(@RequestParam(required = false) String division,
			@Parameter(description = "an IndicatorCode; default PLACES_PER_1000") @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String year) {
		return map.choropleth(currentUsers.require(), division, indicator, StatisticsMap.number("year", year));
	}

	@Operation(summary = "The operating sites of a division for markers and 15-minute reach circles",
			description = "Each site (GCJ-02 lat/lng) with its institution's name, category and inclusive status (valid today), "
					+ "the places of the site's classes and the children placed in them; reachMetres is the reach radius.")
	@GetMapping("/institutions")
	StatisticsMapSites institutions(@RequestParam(required = false) String division) {
		return map.sites(currentUsers.require(), division);
	}

	@Operation(summary = "The streets of a division furthest from the places the 2025 target implies",
			description = "Each street with residents (latest year ≤ year), demand (children 0–3 estimated from residents × "
					+ "the city's 0–3 share in the plan's latest baseline year), places at its operating sites, targetPlaces "
					+ "(residents × 4.5 ÷ 1000, rounded up), gap (targetPlaces − places, at least 0), centre (mean of its "
					+ "operating sites) and the 3 nearest operating institutions of its district that have free places or "
					+ "are inclusive, by metres from the centre (the district's centre for a street without sites).")
	@GetMapping("/gaps")
	StatisticsMapGaps gaps(@RequestParam(required = false) String division, @RequestParam(required = false) String year,
			@Parameter(description = "streets listed, 1–1000; default 10") @RequestParam(required = false) String limit) {
		return map.gaps(currentUsers.require(), division, StatisticsMap.number("year", year),
				StatisticsMap.number("limit", limit));
	}
}
