package org.tuoyu.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.region.DivisionSummary;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.statistics.internal.IndicatorRows;
import org.tuoyu.statistics.internal.MapClasses;
import org.tuoyu.statistics.internal.MapRows;

/**
 * The one map (一张图) for regulators: an indicator over a division and its sub-divisions, the
 * operating sites with their 15-minute reach, and the streets furthest from the 2025 target with
 * the nearest institutions that could add places. Officers whose area covers the division read
 * it; anyone else gets a 404. The sites and the streets' gaps are each read in one statement,
 * whatever the number of streets; the choropleth asks {@link StatisticsManagement} once per
 * sub-division shown (a city's districts, a district's streets).
 */
@Service
public class StatisticsMap {

	/** Streets listed when the caller names no limit. */
	public static final int DEFAULT_STREETS = 10;

	/** The most streets one answer lists. */
	public static final int MAX_STREETS = 1000;

	/** Institutions listed near each street. */
	public static final int NEARBY = 3;

	private final StatisticsManagement statistics;

	private final RegionManagement regions;

	private final IndicatorRows indicatorRows;

	private final MapRows rows;

	private final Clock clock;

	private final ChildPopulationEstimate children;

	private final int reachMetres;

	StatisticsMap(StatisticsManagement statistics, RegionManagement regions, IndicatorRows indicatorRows, MapRows rows,
			ChildPopulationEstimate children, Clock clock, @Value("${tuoyu.statistics.reach-metres:1000}") int reachMetres) {
		if (reachMetres <= 0) {
			throw new IllegalArgumentException("tuoyu.statistics.reach-metres must be positive");
		}
		this.statistics = statistics;
		this.regions = regions;
		this.indicatorRows = indicatorRows;
		this.rows = rows;
		this.children = children;
		this.clock = clock;
		this.reachMetres = reachMetres;
	}

	/** The radius of the 15-minute reach circle in metres (DOMAIN §4). */
	public int reachMetres() {
		return reachMetres;
	}

	/** The indicator named by its code, or a broken rule on field {@code indicator}. */
	public static IndicatorCode indicator(String indicator) {
		if (indicator == null || indicator.isBlank()) {
			return IndicatorCode.PLACES_PER_1000;
		}
		for (IndicatorCode code : IndicatorCode.values()) {
			if (code.name().equals(indicator.strip())) {
				return code;
			}
		}
		throw new BusinessRuleException("indicator", "statistics.map.indicator.unknown");
	}

	/** The year asked for (default this year), as {@link StatisticsYears#asOf} allows it. */
	public int year(Integer year) {
		return StatisticsYears.asOf(year, LocalDate.now(clock));
	}

	/** A whole number typed into a parameter (null when blank), or a broken rule naming the parameter. */
	public static Integer number(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleException(field, "statistics.map.number");
		}
	}

	/**
	 * The indicator of the division and of each sub-division down to streets, as
	 * {@link StatisticsManagement#indicators} gives it, with classes for the choropleth.
	 */
	@Transactional(readOnly = true)
	public StatisticsMapChoropleth choropleth(CurrentUser user, String division, String indicator, Integer year) {
		String code = statistics.division(user, division);
		IndicatorCode wanted = indicator(indicator);
		int asOf = year(year);
		DivisionSummary self = regions.summary(user, code);
		List<DivisionSummary> children = DivisionCode.of(code).level() == DivisionLevel.STREET ? List.of()
				: regions.children(user, code).stream()
					.filter(child -> child.division().level() != DivisionLevel.COMMUNITY)
					.toList();
		Map<String, StatisticsMapPoint> centres = children.isEmpty() ? Map.of()
				: rows.centres(code, children.get(0).division().code().value().length()).stream()
					.collect(Collectors.toMap(MapRows.CentreRow::division, c -> new StatisticsMapPoint(c.lat(), c.lng())));
		Indicator own = valueOf(user, code, wanted, asOf);
		List<Indicator> values = new ArrayList<>();
		for (DivisionSummary child : children) {
			values.add(valueOf(user, child.division().code().value(), wanted, asOf));
		}
		List<BigDecimal> shown = new ArrayList<>(values.stream().map(Indicator::value).toList());
		shown.add(own.value());
		BigDecimal reference = MapClasses.reference(wanted, shown);
		List<BigDecimal> breaks = MapClasses.breaks(reference);
		List<StatisticsMapChoropleth.Area> areas = new ArrayList<>();
		for (int i = 0; i < children.size(); i++) {
			String childCode = children.get(i).division().code().value();
			areas.add(area(children.get(i), values.get(i), breaks, centres.get(childCode)));
		}
		return new StatisticsMapChoropleth(wanted, asOf, wanted.unit(), wanted.target(), reference, bands(breaks),
				area(self, own, breaks, null), areas);
	}

	/** The operating sites of the division, with the reach radius. */
	@Transactional(readOnly = true)
	public StatisticsMapSites sites(CurrentUser user, String division) {
		String code = statistics.division(user, division);
		List<StatisticsMapSites.Site> sites = rows.sites(code, LocalDate.now(clock)).stream()
			.map(s -> new StatisticsMapSites.Site(s.siteId(), s.institutionId(), s.name(), s.siteName(), s.street(), s.lat(),
					s.lng(), s.category(), s.inclusive(), s.places(), s.enrolled()))
			.toList();
		return new StatisticsMapSites(code, reachMetres, sites);
	}

	/**
	 * The streets of the division furthest from the places the 2025 target implies, at most
	 * {@code limit} (default {@value #DEFAULT_STREETS}, 1 to {@value #MAX_STREETS}), each with the
	 * nearest {@value #NEARBY} institutions that could add places.
	 */
	@Transactional(readOnly = true)
	public StatisticsMapGaps gaps(CurrentUser user, String division, Integer year, Integer limit) {
		String code = statistics.division(user, division);
		int asOf = year(year);
		int count = limit == null ? DEFAULT_STREETS : limit;
		if (count < 1 || count > MAX_STREETS) {
			throw new BusinessRuleException("limit", "statistics.map.limit.range", "1", String.valueOf(MAX_STREETS));
		}
		BigDecimal perThousand = IndicatorCode.PLACES_PER_1000.target();
		Map<String, MapRows.ShareRow> shares = rows.childShares(code);
		List<MapRows.StreetRow> rowsFound = rows.streets(code, asOf, perThousand == null ? BigDecimal.ZERO : perThousand,
				count, NEARBY, LocalDate.now(clock));
		Map<String, ChildPopulationEstimate.ChildCount> counts = children
			.childrenZeroToThree(rowsFound.stream().map(MapRows.StreetRow::code).toList(), asOf);
		List<StatisticsMapGaps.Street> streets = rowsFound.stream()
			.map(s -> street(s, counts.get(s.code()), perThousand != null))
			.toList();
		MapRows.ShareRow share = code.length() >= 4 ? shares.get(code.substring(0, 4))
				: shares.values().stream().findFirst().orElse(null);
		return new StatisticsMapGaps(code, asOf, perThousand, share == null ? null
				: new StatisticsMapGaps.ChildShare(share.city(), share.year(), share.children(), share.residents()),
				streets);
	}

	private Indicator valueOf(CurrentUser user, String division, IndicatorCode wanted, int year) {
		return statistics.indicators(user, division, year).stream()
			.filter(i -> i.code() == wanted)
			.findFirst()
			.orElse(Indicator.of(wanted, division, year, null, null, Indicator.Source.LIVE));
	}

	private static StatisticsMapChoropleth.Area area(DivisionSummary summary, Indicator indicator, List<BigDecimal> breaks,
			StatisticsMapPoint centre) {
		return new StatisticsMapChoropleth.Area(summary.division().code().value(), summary.division().name(),
				summary.division().level().name(), indicator.value(), indicator.numerator(), indicator.denominator(),
				indicator.target(), MapClasses.classOf(indicator.value(), breaks), centre);
	}

	private static List<StatisticsMapChoropleth.Band> bands(List<BigDecimal> breaks) {
		List<StatisticsMapChoropleth.Band> bands = new ArrayList<>();
		BigDecimal from = BigDecimal.ZERO;
		for (int i = 0; i <= breaks.size(); i++) {
			BigDecimal to = i < breaks.size() ? breaks.get(i) : null;
			bands.add(new StatisticsMapChoropleth.Band(i + 1, from, to));
			from = to;
		}
		return bands;
	}

	private static StatisticsMapGaps.Street street(MapRows.StreetRow s, ChildPopulationEstimate.ChildCount count,
			boolean hasTarget) {
		StatisticsMapPoint centre = s.lat() == null ? null : new StatisticsMapPoint(s.lat(), s.lng());
		List<StatisticsMapGaps.Nearby> nearest = s.nearest().stream()
			.map(n -> new StatisticsMapGaps.Nearby(n.institutionId(), n.name(), n.category(), n.inclusive(), n.places(),
					n.enrolled(), n.metres()))
			.toList();
		return new StatisticsMapGaps.Street(s.code(), s.name(), s.residents(), s.populationYear(),
				count == null ? null : count.children(), s.places(), hasTarget ? s.targetPlaces() : null,
				hasTarget ? s.gap() : null, s.sites(), centre, nearest);
	}
}
