package org.tuoyu.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.statistics.ChildPopulationEstimate.ChildCount;
import org.tuoyu.statistics.Indicator.Source;
import org.tuoyu.statistics.internal.IndicatorRows;
import org.tuoyu.statistics.internal.InstitutionFigures;
import org.tuoyu.statistics.internal.LiveFigures;

/**
 * The plan's indicators for a division (city, district or street/town) and year, for officers
 * whose area covers the division; anyone else gets a 404. The current year is computed from live
 * records: the institutions' summary rows, kept current by events; earlier years come from the
 * plan's baseline figures (region module), so trends start before the platform's own data; later
 * years are refused.
 */
@Service
public class StatisticsManagement {

	private final IndicatorRows rows;

	private final InstitutionFigures figures;

	private final ChildPopulationEstimate children;

	private final LiveFigures liveFigures;

	private final ObjectProvider<GuidanceFigures> guidance;

	private final Clock clock;

	StatisticsManagement(IndicatorRows rows, InstitutionFigures figures, ChildPopulationEstimate children,
			LiveFigures liveFigures, ObjectProvider<GuidanceFigures> guidance, Clock clock) {
		this.rows = rows;
		this.figures = figures;
		this.children = children;
		this.liveFigures = liveFigures;
		this.guidance = guidance;
		this.clock = clock;
	}

	/**
	 * Figures behind the indicators changed outside this module's own events (e.g. a guidance
	 * service was recorded): reads on this node recompute once the current transaction commits,
	 * instead of serving the kept answer until its time to live.
	 */
	public void figuresChanged() {
		liveFigures.changed();
	}

	/** How many institutions' summary rows a rebuild changed, and how long it took. */
	public record Rebuild(int changed, long millis) {
	}

	/**
	 * Recomputes every institution's summary row from the source tables (city administrators only;
	 * anyone else gets a 404). Events keep the rows current; this repairs them after changes made
	 * outside the application.
	 */
	public Rebuild rebuild(CurrentUser user) {
		if (user.role() != Role.CITY_ADMIN) {
			throw new NotFoundException("statistics");
		}
		long started = System.nanoTime();
		int count = figures.rebuild();
		return new Rebuild(count, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The code of a division whose statistics the user may read: officers whose area covers an
	 * existing division. Anyone else, or another area, gets a 404; a missing or malformed code is
	 * refused on {@code division}.
	 */
	@Transactional(readOnly = true)
	public String division(CurrentUser user, String division) {
		if (!user.role().isOfficer()) {
			throw new NotFoundException("division");
		}
		if (division == null || division.isBlank()) {
			throw new BusinessRuleException("division", "statistics.division.required");
		}
		DivisionCode code = BusinessRuleException.onField("division", () -> DivisionCode.of(division));
		if (!user.scope().covers(code) || !rows.exists(code.value())) {
			throw new NotFoundException("division");
		}
		return code.value();
	}

	/** Every indicator of the division in the year, in the order of {@link IndicatorCode}. */
	@Transactional(readOnly = true)
	public List<Indicator> indicators(CurrentUser user, String division, Integer year) {
		return indicatorsOf(division(user, division), year);
	}

	/** {@link #indicators} of a division that {@link #division} has let the user read (or one of its sub-divisions). */
	List<Indicator> indicatorsOf(String division, Integer year) {
		LocalDate today = LocalDate.now(clock);
		int asOf = StatisticsYears.asOf(year, today);
		return asOf == today.getYear() ? liveFigures.indicators(division, today, () -> live(division, today))
				: baseline(division, asOf, rows.baseline(division, asOf));
	}

	/**
	 * {@link #indicators} of a division that {@link #division} has let the user read, for every year
	 * from the plan's first year to this year, oldest first; the baseline years in one read.
	 */
	List<List<Indicator>> yearsOf(String division) {
		LocalDate today = LocalDate.now(clock);
		Map<Integer, Map<String, BigDecimal>> figures = rows.baselines(division, StatisticsYears.FIRST_PLAN_YEAR,
				today.getYear() - 1);
		List<List<Indicator>> years = new ArrayList<>();
		for (int year = StatisticsYears.FIRST_PLAN_YEAR; year < today.getYear(); year++) {
			years.add(baseline(division, year, figures.getOrDefault(year, Map.of())));
		}
		years.add(indicatorsOf(division, today.getYear()));
		return years;
	}

	private List<Indicator> live(String division, LocalDate today) {
		int year = today.getYear();
		Long residents = rows.residents(division, year).orElse(null);
		IndicatorRows.Live live = rows.live(division, today);
		ChildCount young = children.childrenZeroToThree(division, year);
		Optional<GuidanceFigures.GuidanceCount> register = guidanceCount(division, year);
		Indicator enrolment = Indicator.of(IndicatorCode.ENROLMENT_RATE, division, year, live.placed(), young.children(),
				Source.LIVE);
		return List.of(Indicator.of(IndicatorCode.PLACES_PER_1000, division, year, live.places(), residents, Source.LIVE),
				Indicator.of(IndicatorCode.INCLUSIVE_SHARE, division, year, live.inclusivePlaces(), live.places(),
						Source.LIVE),
				Indicator.of(IndicatorCode.STREET_INCLUSIVE_COVERAGE, division, year, live.inclusiveStreets(),
						live.streets(), Source.LIVE),
				Indicator.of(IndicatorCode.COUNTY_DEMONSTRATION_COVERAGE, division, year, live.demonstrationCounties(),
						live.counties(), Source.LIVE),
				Indicator.of(IndicatorCode.COUNTY_PUBLIC_COVERAGE, division, year, live.publicCounties(), live.counties(),
						Source.LIVE),
				Indicator.of(IndicatorCode.OCCUPANCY, division, year, live.placed(), live.places(), Source.LIVE),
				Indicator.of(IndicatorCode.COMMUNITY_FACILITY_COVERAGE, division, year, live.coveredCommunities(),
						live.communities(), Source.LIVE),
				guidance(division, year, register),
				young.estimated() ? enrolment.withNote("statistics.note.childrenEstimated") : enrolment,
				Indicator.of(IndicatorCode.STAFF_CERTIFIED_SHARE, division, year, live.certifiedStaff(), live.staff(),
						Source.LIVE),
				Indicator.of(IndicatorCode.TRIAL_VOUCHER_CONVERSION, division, year, live.trialConverted(),
						live.trialRedeemed(), Source.LIVE),
				sixSessions(division, year, register), awareness(division, year),
				Indicator.of(IndicatorCode.COMMUNITY_SERVICE_COVERAGE, division, year,
						communitiesServed(division, year, live), live.communities(), Source.LIVE));
	}

	/** The guidance rate from the guidance module's counts; without them no value, and the note says why. */
	private Indicator guidance(String division, int year, Optional<GuidanceFigures.GuidanceCount> register) {
		return register
			.map(c -> Indicator.of(IndicatorCode.GUIDANCE_RATE, division, year, c.guided(), c.registered(), Source.LIVE))
			.orElseGet(() -> Indicator.of(IndicatorCode.GUIDANCE_RATE, division, year, null, null, Source.LIVE)
				.withNote("statistics.note.noGuidance"));
	}

	/** The share of home-cared children with the year's free sessions; without a register no value. */
	private Indicator sixSessions(String division, int year, Optional<GuidanceFigures.GuidanceCount> register) {
		return register
			.map(c -> Indicator.of(IndicatorCode.SIX_SESSION_SHARE, division, year, c.reachedQuota(), c.homeCared(),
					Source.LIVE))
			.orElseGet(() -> Indicator.of(IndicatorCode.SIX_SESSION_SHARE, division, year, null, null, Source.LIVE)
				.withNote("statistics.note.noGuidance"));
	}

	/** The awareness rate from the survey's respondents; without respondents no value. */
	private Indicator awareness(String division, int year) {
		return Optional.ofNullable(guidance.getIfAvailable())
			.flatMap(g -> g.awareness(division, year))
			.map(c -> Indicator.of(IndicatorCode.AWARENESS_RATE, division, year, c.passed(), c.respondents(), Source.LIVE))
			.orElseGet(() -> Indicator.of(IndicatorCode.AWARENESS_RATE, division, year, null, null, Source.LIVE)
				.withNote("statistics.note.noSurvey"));
	}

	private Optional<GuidanceFigures.GuidanceCount> guidanceCount(String division, int year) {
		return Optional.ofNullable(guidance.getIfAvailable()).flatMap(g -> g.guidance(division, year));
	}

	/** Communities with an institution's site, joined by those where guidance reached a child this year. */
	private long communitiesServed(String division, int year, IndicatorRows.Live live) {
		Set<String> served = Optional.ofNullable(guidance.getIfAvailable())
			.map(g -> g.servedCommunities(division, year))
			.orElse(Set.of());
		return served.isEmpty() ? live.coveredCommunities() : rows.communitiesCoveredWith(division, served);
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
