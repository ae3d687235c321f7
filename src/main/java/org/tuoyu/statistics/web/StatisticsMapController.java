package org.tuoyu.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.statistics.IndicatorCode;
import org.tuoyu.statistics.StatisticsManagement;
import org.tuoyu.statistics.StatisticsMap;
import org.tuoyu.statistics.StatisticsYears;

/**
 * The one map (一张图) page for regulators: the district outlines coloured by an indicator, the
 * operating institutions, their 15-minute reach and the streets' gaps, drawn by
 * {@code statistics-map.js} from the map API, with the streets furthest from target in a table.
 */
@Controller
class StatisticsMapController {

	private final CurrentUsers currentUsers;

	private final StatisticsMap map;

	private final StatisticsManagement statistics;

	private final RegionManagement regions;

	private final Texts texts;

	private final Clock clock;

	private final String outline;

	StatisticsMapController(CurrentUsers currentUsers, StatisticsMap map, StatisticsManagement statistics,
			RegionManagement regions, Texts texts, Clock clock,
			@Value("${tuoyu.region.outline:3202}") String outline) {
		this.currentUsers = currentUsers;
		this.map = map;
		this.statistics = statistics;
		this.regions = regions;
		this.texts = texts;
		this.clock = clock;
		this.outline = outline;
	}

	@GetMapping("/admin/statistics/map")
	String map(@RequestParam(required = false) String division, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("years", StatisticsYears.choices(LocalDate.now(clock)));
		model.addAttribute("indicators", Arrays.asList(IndicatorCode.values()));
		try {
			String code = statistics.division(user,
					division == null || division.isBlank() ? regions.scopeRoot(user).division().code().value() : division);
			IndicatorCode wanted = StatisticsMap.indicator(indicator);
			int asOf = map.year(StatisticsMap.number("year", year));
			model.addAttribute("division", regions.summary(user, code).division());
			model.addAttribute("path", regions.path(user, code));
			model.addAttribute("scope", regions.scopeRoot(user).division().code().value());
			model.addAttribute("indicator", wanted);
			model.addAttribute("year", asOf);
			model.addAttribute("outline", outline);
			model.addAttribute("reachMetres", map.reachMetres());
			model.addAttribute("nearby", StatisticsMap.NEARBY);
			model.addAttribute("gapRows", StatisticsMap.DEFAULT_STREETS);
			model.addAttribute("gapLimit", StatisticsMap.MAX_STREETS);
			model.addAttribute("categories", Arrays.stream(InstitutionCategory.values()).map(Enum::name).toList());
		}
		catch (BusinessRuleException ex) {
			response.setStatus(422);
			model.addAttribute("error", texts.text(ex.messageKey(), ex.arguments()));
			model.addAttribute("errorField", ex.field());
		}
		return "statistics/map";
	}
}
