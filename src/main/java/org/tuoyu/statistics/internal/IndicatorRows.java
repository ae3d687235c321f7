package org.tuoyu.statistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures behind the indicators, read in one statement per division from the institutions'
 * summary rows ({@link InstitutionFigures}) and the division tree; the resident population; and
 * the plan's baseline figures.
 */
@Repository
public class IndicatorRows {

	private final JdbcClient jdbc;

	IndicatorRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Live figures of the division subtree now, from the institutions' summary rows: places,
	 * inclusive places and children placed in operating institutions; streets and counties in all
	 * and covered; communities in all and with an operating institution's site; trial vouchers
	 * redeemed and converted; staff and certified staff.
	 */
	public record Live(long places, long inclusivePlaces, long placed, long streets, long inclusiveStreets, long counties,
			long demonstrationCounties, long publicCounties, long communities, long coveredCommunities, long trialRedeemed,
			long trialConverted, long staff, long certifiedStaff) {
	}

	/** Whether the division exists. */
	public boolean exists(String division) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM region_division WHERE code = :d)").param("d", division)
			.query(Boolean.class).single();
	}

	/**
	 * The live figures of the division subtree (an empty code: everything). Sites lie in the county
	 * of their institution's main site, so communities are looked up among the institutions of the
	 * division's county (or the division itself above county level).
	 */
	public Live live(String division, LocalDate today) {
		return jdbc.sql("""
				WITH operating AS (
				  SELECT division_code, inclusive_until >= :today AS inclusive, demonstration, public_owned, places, placed,
				    trial_redeemed, trial_converted, staff, staff_certified
				  FROM statistics_institution_figure WHERE starts_with(division_code, :d) AND operating)
				SELECT coalesce(sum(places), 0), coalesce(sum(places) FILTER (WHERE inclusive), 0), coalesce(sum(placed), 0),
				  (SELECT count(*) FROM region_division s WHERE s.level = 'STREET' AND starts_with(s.code, :d)),
				  (SELECT count(DISTINCT division_code) FROM operating WHERE inclusive),
				  (SELECT count(*) FROM region_division c WHERE c.level = 'COUNTY' AND starts_with(c.code, :d)),
				  (SELECT count(DISTINCT left(division_code, 6)) FROM operating WHERE demonstration),
				  (SELECT count(DISTINCT left(division_code, 6)) FROM operating WHERE public_owned),
				  (SELECT count(*) FROM region_division m WHERE m.level = 'COMMUNITY' AND starts_with(m.code, :d)),
				  (SELECT count(DISTINCT m.code)
				   FROM (SELECT unnest(f.communities) AS code FROM statistics_institution_figure f
				         WHERE f.operating AND starts_with(f.division_code, :county) AND cardinality(f.communities) > 0) c
				   JOIN region_division m ON m.code = c.code AND m.level = 'COMMUNITY' WHERE starts_with(c.code, :d)),
				  coalesce(sum(trial_redeemed), 0), coalesce(sum(trial_converted), 0), coalesce(sum(staff), 0),
				  coalesce(sum(staff_certified), 0)
				FROM operating
				""").param("d", division).param("county", division.length() > 6 ? division.substring(0, 6) : division)
			.param("today", today)
			.query((rs, n) -> new Live(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
					rs.getLong(12), rs.getLong(13), rs.getLong(14)))
			.single();
	}

	/**
	 * The communities/villages of the division subtree with an operating institution's site or
	 * among {@code served} (e.g. where guidance was given), counted once each.
	 */
	public long communitiesCoveredWith(String division, Collection<String> served) {
		return jdbc.sql("""
				SELECT count(DISTINCT m.code)
				FROM (SELECT unnest(f.communities) AS code FROM statistics_institution_figure f
				      WHERE f.operating AND starts_with(f.division_code, :county) AND cardinality(f.communities) > 0
				      UNION SELECT unnest(CAST(:served AS text[]))) c
				JOIN region_division m ON m.code = c.code AND m.level = 'COMMUNITY' WHERE starts_with(c.code, :d)
				""").param("d", division).param("county", division.length() > 6 ? division.substring(0, 6) : division)
			.param("served", served.toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	/** The division's residents in the year, or the latest year before it. */
	public Optional<Long> residents(String division, int year) {
		return jdbc.sql("""
				SELECT residents FROM region_population WHERE division_code = :d AND year <= :year ORDER BY year DESC LIMIT 1
				""").param("d", division).param("year", year).query(Long.class).optional();
	}

	/** The plan's baseline figures of the division in the year, by code. */
	public Map<String, BigDecimal> baseline(String division, int year) {
		return baselines(division, year, year).getOrDefault(year, Map.of());
	}

	/** The plan's baseline figures of the division in the years {@code first} to {@code last}, by year and code. */
	public Map<Integer, Map<String, BigDecimal>> baselines(String division, int first, int last) {
		Map<Integer, Map<String, BigDecimal>> years = new HashMap<>();
		jdbc.sql("SELECT year, code, value FROM region_baseline_figure WHERE division_code = :d AND year BETWEEN :first AND :last")
			.param("d", division).param("first", first).param("last", last)
			.query(rs -> {
				years.computeIfAbsent(rs.getInt(1), year -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
			});
		return years;
	}
}
