package org.tuoyu.statistics.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.region.DivisionSummary;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.statistics.IndicatorCode;
import org.tuoyu.statistics.StatisticsDashboard;
import org.tuoyu.statistics.StatisticsManagement;
import org.tuoyu.statistics.StatisticsYears;

/**
 * The regulators' indicator page (统计指标): the plan's indicators of a division in their area for a
 * year, each against its 2025 target, with the path up to their area's root and the
 * sub-divisions to drill into, and one indicator's ranking among the sub-divisions and its trend
 * over the years.
 */
@Controller
class StatisticsController {

	private final CurrentUsers currentUsers;

	private final StatisticsManagement statistics;

	private final StatisticsDashboard dashboard;

	private final RegionManagement regions;

	private final Clock clock;

	StatisticsController(CurrentUsers currentUsers, StatisticsManagement statistics, StatisticsDashboard dashboard,
			RegionManagement regions, Clock clock) {
		this.currentUsers = currentUsers;
		this.statistics = statistics;
		this.dashboard = dashboard;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/admin/statistics")
	String indicators(@RequestParam(required = false) String division, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String indicator, Model model) {
		CurrentUser user = currentUsers.require();
		DivisionSummary root = division == null || division.isBlank() ? regions.scopeRoot(user) : null;
		String code = root == null ? division : root.division().code().value();
		int asOf = StatisticsYears.asOf(year, LocalDate.now(clock));
		model.addAttribute("indicators", statistics.indicators(user, code, asOf));
		model.addAttribute("division", (root == null ? regions.summary(user, code) : root).division());
		model.addAttribute("path", regions.path(user, code));
		model.addAttribute("children", regions.children(user, code));
		IndicatorCode chosen = IndicatorCode.named(indicator);
		model.addAttribute("indicator", chosen);
		model.addAttribute("codes", IndicatorCode.values());
		model.addAttribute("ranking", dashboard.ranking(user, code, asOf, chosen));
		model.addAttribute("trend", dashboard.trend(user, code, chosen));
		model.addAttribute("year", asOf);
		model.addAttribute("years", StatisticsYears.choices(LocalDate.now(clock)));
		return "statistics/indicators";
	}
}
