package org.tuoyu.statistics.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.statistics.Indicator;
import org.tuoyu.statistics.IndicatorCode;
import org.tuoyu.statistics.StatisticsDashboard;
import org.tuoyu.statistics.StatisticsDashboard.Ranked;

/** One indicator's ranking among sub-divisions and its trend over the years, for officers in scope. */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsDashboardApiController {

	private final CurrentUsers currentUsers;

	private final StatisticsDashboard dashboard;

	StatisticsDashboardApiController(CurrentUsers currentUsers, StatisticsDashboard dashboard) {
		this.currentUsers = currentUsers;
		this.dashboard = dashboard;
	}

	/** A sub-division's rank (null without a value) with its indicator. */
	record RankedDivision(String division, String name, Integer rank, Indicator indicator) {

		static RankedDivision of(Ranked ranked) {
			return new RankedDivision(ranked.division().code().value(), ranked.division().name(), ranked.rank(),
					ranked.indicator());
		}
	}

	@Operation(summary = "One indicator of every direct sub-division of a division in a year, highest first",
			description = "Districts of the city, streets/towns of a district. Equal values share a rank; sub-divisions "
					+ "without a value come last with rank null. indicator defaults to PLACES_PER_1000.")
	@GetMapping("/ranking")
	List<RankedDivision> ranking(@RequestParam String division, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String indicator) {
		return dashboard.ranking(currentUsers.require(), division, year, IndicatorCode.named(indicator))
			.stream().map(RankedDivision::of).toList();
	}

	@Operation(summary = "One indicator of a division for every year from 2020 to this year, oldest first",
			description = "Earlier years from the plan's baseline figures (value null where the plan states none), "
					+ "this year live. indicator defaults to PLACES_PER_1000.")
	@GetMapping("/trend")
	List<Indicator> trend(@RequestParam String division, @RequestParam(required = false) String indicator) {
		return dashboard.trend(currentUsers.require(), division, IndicatorCode.named(indicator));
	}
}
