package org.tuoyu.statistics.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.statistics.Indicator;
import org.tuoyu.statistics.StatisticsManagement;

/** The plan's indicators over the API, for officers in scope, and the city's rebuild of their summaries. */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

	private final CurrentUsers currentUsers;

	private final StatisticsManagement statistics;

	StatisticsApiController(CurrentUsers currentUsers, StatisticsManagement statistics) {
		this.currentUsers = currentUsers;
		this.statistics = statistics;
	}

	@Operation(summary = "The plan's indicators of a division (city, district, street/town) in a year (default: this year)",
			description = "Each with value, numerator, denominator, the 2025 target, unit (PER_1000 or PERCENT) and source "
					+ "(LIVE for this year, BASELINE for the plan's figures of earlier years).")
	@GetMapping("/indicators")
	List<Indicator> indicators(@RequestParam String division, @RequestParam(required = false) Integer year) {
		return statistics.indicators(currentUsers.require(), division, year);
	}

	@Operation(summary = "Recompute every institution's statistics summary row (city administrators only)",
			description = "Events keep the summaries current within seconds; this repairs them after changes made "
					+ "outside the application. Returns the rows written and the time taken.")
	@PostMapping("/rebuild")
	StatisticsManagement.Rebuild rebuild() {
		return statistics.rebuild(currentUsers.require());
	}
}
