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

	private static final String COUNT = """
			INSERT INTO guidance_area_year (area_code, year, registered, guided, home_cared, reached_quota)
			SELECT coalesce(c.community_code, c.division_code), g.year, count(*), count(*) FILTER (WHERE y.services > 0),
			  count(*) FILTER (WHERE c.status = 'ACTIVE' AND NOT c.enrolled),
			  count(*) FILTER (WHERE c.status = 'ACTIVE' AND NOT c.enrolled AND y.free_sessions >= :quota)
			FROM guidance_child c
			CROSS JOIN LATERAL generate_series(extract(year FROM greatest(c.registered_on, c.birth_date))::int,
			  extract(year FROM c.birth_date + make_interval(months => :maxAge))::int) AS g(year)
			LEFT JOIN guidance_child_year y ON y.child_id = c.id AND y.year = g.year
			WHERE %s AND c.status <> 'DUPLICATE'
			  AND c.registered_on <= make_date(g.year, 12, 31)
			  AND (c.exited_on IS NULL OR c.exited_on >= make_date(g.year, 1, 1))
			  AND c.birth_date <= make_date(g.year, 12, 31)
			  AND c.birth_date > (make_date(g.year, 1, 1) - make_interval(months => :maxAge))::date
			GROUP BY 1, 2
			""";

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
			jdbc.sql("DELETE FROM guidance_area_year").update();
			count("true").update();
		}
		else if (!areas.isEmpty()) {
			String[] codes = areas.toArray(String[]::new);
			jdbc.sql("DELETE FROM guidance_area_year WHERE area_code = ANY (:areas)").param("areas", codes).update();
			count("coalesce(c.community_code, c.division_code) = ANY (:areas)").param("areas", codes).update();
		}
	}

	private JdbcClient.StatementSpec count(String areaCondition) {
		return jdbc.sql(COUNT.formatted(areaCondition))
			.param("quota", rules.freeSessionsPerYear())
			.param("maxAge", rules.registerMaxAgeMonths());
	}

	private boolean stale() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM guidance_area_dirty)").query(Boolean.class).single()
				|| !basisCurrent();
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
