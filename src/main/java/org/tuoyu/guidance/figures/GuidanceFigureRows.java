package org.tuoyu.guidance.figures;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.guidance.GuidanceRules;
import org.tuoyu.guidance.learning.Awareness;
import org.tuoyu.guidance.learning.SurveyManagement;
import org.tuoyu.statistics.GuidanceFigures;

/**
 * The guidance indicators' counts, from the register and the yearly counts kept with every
 * service. A child counts in a year when registered by its end, not gone before its start
 * (duplicates never) and under 3 on some day of it; a child's area is its community, or its street
 * when the community is not known; "home-cared" is the register's state now.
 */
@Component
class GuidanceFigureRows implements GuidanceFigures {

	private final JdbcClient jdbc;

	private final GuidanceRules rules;

	private final SurveyManagement surveys;

	GuidanceFigureRows(JdbcClient jdbc, GuidanceRules rules, SurveyManagement surveys) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.surveys = surveys;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<GuidanceCount> guidance(String division, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		GuidanceCount count = jdbc.sql("""
				SELECT count(*) FILTER (WHERE y.services > 0), count(*),
				  count(*) FILTER (WHERE c.status = 'ACTIVE' AND NOT c.enrolled),
				  count(*) FILTER (WHERE c.status = 'ACTIVE' AND NOT c.enrolled AND y.free_sessions >= :quota)
				FROM guidance_child c LEFT JOIN guidance_child_year y ON y.child_id = c.id AND y.year = :year
				WHERE coalesce(c.community_code, c.division_code) LIKE :area AND c.status <> 'DUPLICATE'
				  AND c.registered_on <= :last AND (c.exited_on IS NULL OR c.exited_on >= :first)
				  AND c.birth_date <= :last AND c.birth_date > :bornAfter
				""")
			.param("quota", rules.freeSessionsPerYear())
			.param("year", year)
			.param("area", division + "%")
			.param("first", first)
			.param("last", last)
			.param("bornAfter", first.minusMonths(rules.registerMaxAgeMonths()))
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
