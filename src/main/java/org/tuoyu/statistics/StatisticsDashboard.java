package org.tuoyu.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.region.Division;
import org.tuoyu.region.DivisionSummary;
import org.tuoyu.region.RegionManagement;

/**
 * The regulators' dashboard beside the indicator cards: one indicator's ranking among the
 * sub-divisions of a division (districts of the city, streets of a district) and its trend over
 * the years, from the plan's first baseline year to this year. Scope as for
 * {@link StatisticsManagement#indicators}: a division outside the user's area is a 404.
 */
@Service
public class StatisticsDashboard {

	private final StatisticsManagement statistics;

	private final RegionManagement regions;

	private final Clock clock;

	StatisticsDashboard(StatisticsManagement statistics, RegionManagement regions, Clock clock) {
		this.statistics = statistics;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * A sub-division's place in the ranking: 1 for the highest value, equal values share a rank, and
	 * divisions without a value come last without a rank.
	 */
	public record Ranked(Division division, Indicator indicator, Integer rank) {
	}

	/**
	 * The indicator for each direct sub-division of the division in the year, best first. The
	 * division's scope is checked once: its sub-divisions lie in the same area.
	 */
	@Transactional(readOnly = true)
	public List<Ranked> ranking(CurrentUser user, String division, Integer year, IndicatorCode code) {
		String checked = statistics.division(user, division);
		StatisticsYears.asOf(year, LocalDate.now(clock));
		List<Ranked> unranked = new ArrayList<>();
		for (DivisionSummary child : regions.children(user, checked)) {
			Division sub = child.division();
			unranked.add(new Ranked(sub, pick(statistics.indicatorsOf(sub.code().value(), year), code), null));
		}
		unranked.sort(Comparator.comparing((Ranked r) -> r.indicator().value(),
				Comparator.nullsLast(Comparator.reverseOrder())));
		List<Ranked> ranked = new ArrayList<>(unranked.size());
		for (int i = 0; i < unranked.size(); i++) {
			Ranked row = unranked.get(i);
			Integer rank = null;
			if (row.indicator().value() != null) {
				Ranked before = i == 0 ? null : ranked.get(i - 1);
				boolean tie = before != null && row.indicator().value().compareTo(before.indicator().value()) == 0;
				rank = tie ? before.rank() : i + 1;
			}
			ranked.add(new Ranked(row.division(), row.indicator(), rank));
		}
		return ranked;
	}

	/** The indicator of the division for every year from the plan's first year to this year, oldest first. */
	@Transactional(readOnly = true)
	public List<Indicator> trend(CurrentUser user, String division, IndicatorCode code) {
		return statistics.yearsOf(statistics.division(user, division)).stream().map(year -> pick(year, code)).toList();
	}

	private static Indicator pick(List<Indicator> indicators, IndicatorCode code) {
		return indicators.stream().filter(i -> i.code() == code).findFirst().orElseThrow();
	}
}
