package org.tuoyu.guidance.figures;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.guidance.GuidanceRules;

/**
 * The guidance indicators' counts per area (a community, or a street for children whose community
 * is not known) and year, in {@code guidance_area_year}. Triggers on the register and the yearly
 * counts mark the areas every write touches, whatever made it; {@link #refresh()} recomputes the
 * marked areas from those tables, so that a figures read adds up areas instead of joining every
 * child. A change of the rules (free sessions a year, the register's age limit) recomputes every
 * area.
 */
@Component
class AreaTotals {

	/** One refresher at a time across all nodes (a transaction-level advisory lock). */
	private static final long REFRESH_LOCK = 0x6775696461726561L;

	/** Marks every area. */
	static final String ALL = "*";

	/**
	 * The counts of the areas matching a condition on {@code area_code}. A child counts in the years
	 * {@code guidance_first_year} to {@code guidance_last_year} (the indicator's rules as year
	 * bounds, database functions), so that children are first counted by area and span and only the
	 * spans are spread over years; guided and at-the-quota come from the yearly counts inside their
	 * child's span, which carry copies of their child's facts (area, dates, status, care) and so need
	 * no join with the register.
	 */
	private static final String COUNT = """
			%2$s
			WITH spans AS (
			  SELECT area_code, first_year, last_year, count(*) AS children, count(*) FILTER (WHERE home_cared) AS home_cared
			  FROM (SELECT coalesce(c.community_code, c.division_code) AS area_code,
			      guidance_first_year(c.registered_on, c.birth_date) AS first_year,
			      guidance_last_year(c.birth_date, c.exited_on, :maxAge) AS last_year,
			      c.status = 'ACTIVE' AND NOT c.enrolled AS home_cared
			    FROM guidance_child c WHERE c.status <> 'DUPLICATE') c
			  WHERE %1$s
			  GROUP BY 1, 2, 3),
			registered AS (
			  SELECT s.area_code, g.year, sum(s.children) AS registered, sum(s.home_cared) AS home_cared
			  FROM spans s CROSS JOIN LATERAL generate_series(s.first_year, s.last_year) AS g(year)
			  GROUP BY 1, 2),
			served AS (
			  SELECT area_code, year, count(*) FILTER (WHERE services > 0) AS guided,
			    count(*) FILTER (WHERE status = 'ACTIVE' AND NOT enrolled AND free_sessions >= :quota) AS reached_quota
			  FROM guidance_child_year
			  WHERE %1$s AND status <> 'DUPLICATE'
			    AND year BETWEEN guidance_first_year(registered_on, birth_date) AND guidance_last_year(birth_date, exited_on, :maxAge)
			  GROUP BY 1, 2)
			SELECT r.area_code, r.year, r.registered, coalesce(s.guided, 0) AS guided, r.home_cared,
			  coalesce(s.reached_quota, 0) AS reached_quota
			FROM registered r LEFT JOIN served s ON s.area_code = r.area_code AND s.year = r.year
			""";

	private static final String INSERT = "INSERT INTO guidance_area_year (area_code, year, registered, guided, home_cared, reached_quota)";

	private final JdbcClient jdbc;

	private final GuidanceRules rules;

	AreaTotals(JdbcClient jdbc, GuidanceRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/**
	 * Recomputes the areas marked since the last refresh (every area when the rules changed), in
	 * its own transaction; nothing to do is one cheap query.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refresh() {
		if (!stale()) {
			return;
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", REFRESH_LOCK).query((rs, n) -> 1).single();
		Set<String> areas = new LinkedHashSet<>(
				jdbc.sql("DELETE FROM guidance_area_dirty RETURNING area_code").query(String.class).list());
		if (!basisCurrent()) {
			jdbc.sql("DELETE FROM guidance_area_basis").update();
			jdbc.sql("INSERT INTO guidance_area_basis (free_sessions, max_age_months) VALUES (:quota, :maxAge)")
				.param("quota", rules.freeSessionsPerYear())
				.param("maxAge", rules.registerMaxAgeMonths())
				.update();
			areas.add(ALL);
		}
		if (areas.contains(ALL)) {
			// PostgreSQL plans INSERT … SELECT without parallel workers but CREATE TABLE … AS with them:
			// the whole register is counted into a temporary table first
			count("true", "CREATE TEMPORARY TABLE guidance_area_year_new ON COMMIT DROP AS").update();
			jdbc.sql("DELETE FROM guidance_area_year").update();
			jdbc.sql(INSERT + " SELECT area_code, year, registered, guided, home_cared, reached_quota FROM guidance_area_year_new")
				.update();
		}
		else if (!areas.isEmpty()) {
			String[] codes = areas.toArray(String[]::new);
			jdbc.sql("DELETE FROM guidance_area_year WHERE area_code = ANY (:areas)").param("areas", codes).update();
			count("area_code = ANY (:areas)", INSERT).param("areas", codes).update();
		}
	}

	/** The counting statement for the areas matching the condition, writing where {@code target} says. */
	private JdbcClient.StatementSpec count(String areaCondition, String target) {
		return jdbc.sql(COUNT.formatted(areaCondition, target))
			.param("quota", rules.freeSessionsPerYear())
			.param("maxAge", rules.registerMaxAgeMonths());
	}

	/** One statement on every figures read: anything marked, or rules other than those counted with. */
	private boolean stale() {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM guidance_area_dirty)
				  OR NOT EXISTS (SELECT 1 FROM guidance_area_basis WHERE free_sessions = :quota AND max_age_months = :maxAge)
				""")
			.param("quota", rules.freeSessionsPerYear())
			.param("maxAge", rules.registerMaxAgeMonths())
			.query(Boolean.class)
			.single();
	}

	private boolean basisCurrent() {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM guidance_area_basis WHERE free_sessions = :quota AND max_age_months = :maxAge)
				""")
			.param("quota", rules.freeSessionsPerYear())
			.param("maxAge", rules.registerMaxAgeMonths())
			.query(Boolean.class)
			.single();
	}
}
