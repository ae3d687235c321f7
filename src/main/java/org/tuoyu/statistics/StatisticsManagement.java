package org.tuoyu.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.statistics.Indicator.Source;
import org.tuoyu.statistics.internal.IndicatorRows;

/**
 * The plan's indicators for a division (city, district or street/town) and year, for officers
 * whose area covers the division; anyone else gets a 404. The current year is computed from live
 * records; earlier years come from the plan's baseline figures (region module), so trends start
 * before the platform's own data; later years are refused.
 */
@Service
public class StatisticsManagement {

	private final IndicatorRows rows;

	private final Clock clock;

	StatisticsManagement(IndicatorRows rows, Clock clock) {
		this.rows = rows;
		this.clock = clock;
	}

	/** Every indicator of the division in the year, in the order of {@link IndicatorCode}. */
	@Transactional(readOnly = true)
	public List<Indicator> indicators(CurrentUser user, String division, Integer year) {
		if (division == null || division.isBlank()) {
			throw new BusinessRuleException("division", "statistics.division.required");
		}
		DivisionCode code = DivisionCode.of(division);
		if (!user.role().isOfficer() || !user.scope().covers(code) || !rows.exists(code.value())) {
			throw new NotFoundException("division");
		}
		division = code.value();
		LocalDate today = LocalDate.now(clock);
		int asOf = year == null ? today.getYear() : year;
		if (asOf > today.getYear() || asOf < 2000) {
			throw new BusinessRuleException("year", "statistics.year.range", 2000, today.getYear());
		}
		Long residents = rows.residents(division, asOf).orElse(null);
		return asOf == today.getYear() ? live(division, asOf, residents, rows.live(division, today))
				: baseline(division, asOf, rows.baseline(division, asOf));
	}

	private static List<Indicator> live(String division, int year, Long residents, IndicatorRows.Live live) {
		return List.of(Indicator.of(IndicatorCode.PLACES_PER_1000, division, year, live.places(), residents, Source.LIVE),
				Indicator.of(IndicatorCode.INCLUSIVE_SHARE, division, year, live.inclusivePlaces(), live.places(),
						Source.LIVE),
				Indicator.of(IndicatorCode.STREET_INCLUSIVE_COVERAGE, division, year, live.inclusiveStreets(),
						live.streets(), Source.LIVE),
				Indicator.of(IndicatorCode.COUNTY_DEMONSTRATION_COVERAGE, division, year, live.demonstrationCounties(),
						live.counties(), Source.LIVE),
				Indicator.of(IndicatorCode.COUNTY_PUBLIC_COVERAGE, division, year, live.publicCounties(), live.counties(),
						Source.LIVE),
				Indicator.of(IndicatorCode.OCCUPANCY, division, year, live.placed(), live.places(), Source.LIVE));
	}

	/** The indicators the plan's figures give; the others without a value. */
	private static List<Indicator> baseline(String division, int year, Map<String, BigDecimal> figures) {
		List<Indicator> indicators = new ArrayList<>();
		for (IndicatorCode code : IndicatorCode.values()) {
			indicators.add(code == IndicatorCode.PLACES_PER_1000
					? Indicator.of(code, division, year, figures.get("PLACES"), figures.get("RESIDENTS"), Source.BASELINE)
					: Indicator.of(code, division, year, null, null, Source.BASELINE));
		}
		return indicators;
	}
}
