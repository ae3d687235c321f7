package org.tuoyu.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
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

	private final DashboardBodies bodies;

	StatisticsController(CurrentUsers currentUsers, StatisticsManagement statistics, StatisticsDashboard dashboard,
			RegionManagement regions, Clock clock, DashboardBodies bodies) {
		this.bodies = bodies;
		this.currentUsers = currentUsers;
		this.statistics = statistics;
		this.dashboard = dashboard;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/admin/statistics")
	String indicators(@RequestParam(required = false) String division, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String indicator, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		CurrentUser user = currentUsers.require();
		String area = user.scope().division() == null ? null : user.scope().division().value();
		String code = statistics.division(user, division == null || division.isBlank() ? area : division);
		int asOf = StatisticsYears.asOf(year, LocalDate.now(clock));
		IndicatorCode chosen = IndicatorCode.named(indicator);
		Locale locale = RequestContextUtils.getLocale(request);
		model.addAttribute("body", bodies.body(new DashboardBodies.Key(area, code, asOf, chosen, locale), request,
				response, () -> Map.of("indicators", statistics.indicators(user, code, asOf), "division",
						regions.summary(user, code).division(), "path", regions.path(user, code), "children",
						regions.children(user, code), "indicator", chosen, "codes", IndicatorCode.values(), "ranking",
						dashboard.ranking(user, code, asOf, chosen), "trend", dashboard.trend(user, code, chosen), "year",
						asOf, "years", StatisticsYears.choices(LocalDate.now(clock)))));
		return "statistics/indicators";
	}
}
