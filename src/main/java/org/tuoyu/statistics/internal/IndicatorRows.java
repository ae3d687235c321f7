package org.tuoyu.statistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures behind the indicators, read in one statement per division: places, inclusive
 * places and children placed in operating institutions; streets and counties covered; the
 * resident population; and the plan's baseline figures.
 */
@Repository
public class IndicatorRows {

	private final JdbcClient jdbc;

	IndicatorRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Live figures of the division subtree now. */
	public record Live(long places, long inclusivePlaces, long placed, long streets, long inclusiveStreets, long counties,
			long demonstrationCounties, long publicCounties) {
	}

	/** Whether the division exists. */
	public boolean exists(String division) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM region_division WHERE code = :d)").param("d", division)
			.query(Boolean.class).single();
	}

	public Live live(String division, LocalDate today) {
		return jdbc.sql("""
				WITH operating AS (
				  SELECT i.id, i.division_code, i.inclusive AND i.inclusive_valid_until >= :today AS inclusive,
				    i.demonstration_level <> 'NONE' AS demonstration, i.ownership = 'PUBLIC' AS public_owned,
				    coalesce((SELECT sum(k.capacity) FROM institution_class k WHERE k.institution_id = i.id), 0) AS places,
				    (SELECT count(*) FROM enrollment_placement p WHERE p.institution_id = i.id AND p.status = 'ACTIVE') AS placed
				  FROM institution_institution i
				  WHERE starts_with(i.division_code, :d) AND i.status IN ('FILED', 'VERIFIED'))
				SELECT coalesce(sum(places), 0), coalesce(sum(places) FILTER (WHERE inclusive), 0), coalesce(sum(placed), 0),
				  (SELECT count(*) FROM region_division s WHERE s.level = 'STREET' AND starts_with(s.code, :d)),
				  (SELECT count(DISTINCT division_code) FROM operating WHERE inclusive),
				  (SELECT count(*) FROM region_division c WHERE c.level = 'COUNTY' AND starts_with(c.code, :d)),
				  (SELECT count(DISTINCT left(division_code, 6)) FROM operating WHERE demonstration),
				  (SELECT count(DISTINCT left(division_code, 6)) FROM operating WHERE public_owned)
				FROM operating
				""").param("d", division).param("today", today)
			.query((rs, n) -> new Live(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8)))
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
		return jdbc.sql("SELECT code, value FROM region_baseline_figure WHERE division_code = :d AND year = :year")
			.param("d", division).param("year", year)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
