package org.tuoyu.guidance.figures;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.guidance.learning.Awareness;
import org.tuoyu.guidance.learning.SurveyManagement;
import org.tuoyu.statistics.GuidanceFigures;

/**
 * The guidance indicators' counts, from the register and the yearly counts kept with every
 * service, added up over the areas' totals ({@link AreaTotals}, brought up to date first). A child
 * counts in a year when registered by its end, not gone before its start (duplicates never) and
 * under 3 on some day of it; a child's area is its community, or its street when the community is
 * not known; "home-cared" is the register's state now.
 */
@Component
class GuidanceFigureRows implements GuidanceFigures {

	private final JdbcClient jdbc;

	private final SurveyManagement surveys;

	private final AreaTotals totals;

	GuidanceFigureRows(JdbcClient jdbc, SurveyManagement surveys, AreaTotals totals) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.totals = totals;
	}

	@Override
	public Optional<GuidanceCount> guidance(String division, int year) {
		totals.refresh();
		GuidanceCount count = jdbc.sql("""
				SELECT coalesce(sum(guided), 0), coalesce(sum(registered), 0), coalesce(sum(home_cared), 0),
				  coalesce(sum(reached_quota), 0)
				FROM guidance_area_year
				WHERE starts_with(area_code, :area) AND year = :year
				""")
			.param("area", division)
			.param("year", year)
			.query((rs, n) -> new GuidanceCount(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
		return count.registered() == 0 ? Optional.empty() : Optional.of(count);
	}

	@Override
	public Optional<AwarenessCount> awareness(String division, int year) {
		Awareness awareness = surveys.awareness(division, year);
		return awareness.respondents() == 0 ? Optional.empty()
				: Optional.of(new AwarenessCount(awareness.passed(), awareness.respondents()));
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> servedCommunities(String division, int year) {
		return new HashSet<>(jdbc.sql("""
				SELECT community_code FROM guidance_community_year WHERE year = :year AND community_code LIKE :area
				""").param("year", year).param("area", division + "%").query(String.class).list());
	}
}
