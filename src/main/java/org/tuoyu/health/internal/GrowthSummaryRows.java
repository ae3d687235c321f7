package org.tuoyu.health.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.health.HealthRules;

/**
 * Growth summaries in one set-based query per scope level: the children placed now, each with the
 * newest measurement taken at the institution where it is placed, counted per group with
 * {@code GROUPING SETS}. A child is measured on schedule when that measurement is no older than the
 * periodic check interval for its age today ({@link HealthRules.Examination}).
 */
@Repository
public class GrowthSummaryRows {

	/** The placed children of the scope ({@code %s}: the scope condition) with their newest measurement. */
	private static final String ASSESSED = """
			WITH placed AS (
			  SELECT p.child_id, p.institution_id, p.class_id, k.name AS class_name, i.name AS institution_name,
			    i.division_code, left(i.division_code, 6) AS district, c.birth_date
			  FROM enrollment_placement p JOIN institution_class k ON k.id = p.class_id
			  JOIN institution_institution i ON i.id = p.institution_id JOIN family_child c ON c.id = p.child_id
			  WHERE p.status = 'ACTIVE' AND %s),
			assessed AS (
			  SELECT a.*, l.length_for_age_z AS lfa, l.weight_for_length_z AS wfl, l.weight_for_age_z AS wfa,
			    coalesce(l.measured_on >= CASE
			      WHEN a.birth_date > CAST(:today AS date) - make_interval(months => :infantUntil)
			      THEN CAST(:today AS date) - make_interval(months => :infantInterval)
			      ELSE CAST(:today AS date) - make_interval(months => :toddlerInterval) END, false) AS on_schedule
			  FROM placed a LEFT JOIN LATERAL (
			    SELECT g.measured_on, g.length_for_age_z, g.weight_for_length_z, g.weight_for_age_z
			    FROM health_growth_measurement g WHERE g.child_id = a.child_id AND g.institution_id = a.institution_id
			    ORDER BY g.measured_on DESC, g.created_at DESC LIMIT 1) l ON true)
			SELECT %s,
			  count(*) AS placed, count(*) FILTER (WHERE on_schedule) AS on_schedule,
			  count(*) FILTER (WHERE on_schedule AND lfa IS NOT NULL) AS lfa_of,
			  count(*) FILTER (WHERE on_schedule AND lfa < -2) AS stunted,
			  count(*) FILTER (WHERE on_schedule AND wfl IS NOT NULL) AS wfl_of,
			  count(*) FILTER (WHERE on_schedule AND wfl < -2) AS wasted,
			  count(*) FILTER (WHERE on_schedule AND wfl > 2) AS overweight,
			  count(*) FILTER (WHERE on_schedule AND wfa IS NOT NULL) AS wfa_of,
			  count(*) FILTER (WHERE on_schedule AND wfa < -2) AS underweight
			FROM assessed
			""";

	private static final String BY_CLASS = ASSESSED.formatted("p.institution_id = :scope", """
			CASE GROUPING(class_id) WHEN 0 THEN 'CLASS' ELSE 'TOTAL' END AS level, class_id::text AS key,
			  class_name AS name""") + " GROUP BY GROUPING SETS ((class_id, class_name), ()) ORDER BY level, name";

	private static final String BY_AREA = ASSESSED.formatted("starts_with(i.division_code, :scope)", """
			CASE GROUPING(institution_id, division_code, district) WHEN 3 THEN 'INSTITUTION' WHEN 5 THEN 'STREET'
			  WHEN 6 THEN 'DISTRICT' ELSE 'TOTAL' END AS level,
			  coalesce(institution_id::text, division_code, district) AS key, institution_name AS name""")
			+ " GROUP BY GROUPING SETS ((institution_id, institution_name), (division_code), (district), ())"
			+ " ORDER BY level, key";

	private final JdbcClient jdbc;

	GrowthSummaryRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The counts of one group.
	 *
	 * @param level CLASS, INSTITUTION, STREET, DISTRICT or TOTAL
	 * @param key the class or institution id, or the division code; null for the total
	 * @param name the class or institution name; null for divisions and the total
	 */
	public record Counts(String level, String key, String name, int placed, int onSchedule, int lengthForAgeOf,
			int stunted, int weightForLengthOf, int wasted, int overweight, int weightForAgeOf, int underweight) {
	}

	/** Per class of the institution, then the total (level TOTAL, always present). */
	public List<Counts> byClass(UUID institutionId, LocalDate today, HealthRules.Examination schedule) {
		return query(BY_CLASS, institutionId, today, schedule);
	}

	/**
	 * Per institution, street and district within the division subtree, then the total; with no
	 * child placed there, only a total of zeros.
	 */
	public List<Counts> byArea(String divisionPrefix, LocalDate today, HealthRules.Examination schedule) {
		return query(BY_AREA, divisionPrefix, today, schedule);
	}

	private List<Counts> query(String sql, Object scope, LocalDate today, HealthRules.Examination schedule) {
		return jdbc.sql(sql)
			.param("scope", scope)
			.param("today", today)
			.param("infantUntil", schedule.infantUntilMonths())
			.param("infantInterval", schedule.infantIntervalMonths())
			.param("toddlerInterval", schedule.toddlerIntervalMonths())
			.query((rs, n) -> new Counts(rs.getString("level"), rs.getString("key"), rs.getString("name"),
					rs.getInt("placed"), rs.getInt("on_schedule"), rs.getInt("lfa_of"), rs.getInt("stunted"),
					rs.getInt("wfl_of"), rs.getInt("wasted"), rs.getInt("overweight"), rs.getInt("wfa_of"),
					rs.getInt("underweight")))
			.list();
	}
}
