package org.tuoyu.statistics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many children aged 0–3 live in a division in a year: the plan's baseline figure
 * CHILDREN_0_3 of the division for the year where there is one; otherwise an estimate, the
 * division's residents (that year, or the latest year before) × the city's share of children 0–3
 * among residents in the latest baseline year that states both (Wuxi 2021: 207,477 / 7,479,500,
 * about 2.77 %), rounded half-up. Without residents the number is unknown.
 */
@Component
public class ChildPopulationEstimate {

	private final JdbcClient jdbc;

	ChildPopulationEstimate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Children 0–3 of a division in a year.
	 *
	 * @param division the division code
	 * @param children the number, or {@code null} when neither a figure nor residents are known
	 * @param estimated whether the number is the residents-share estimate rather than a stated figure
	 */
	public record ChildCount(String division, Long children, boolean estimated) {
	}

	/** Children 0–3 of one division in the year; an unknown division gives an unknown count. */
	public ChildCount childrenZeroToThree(String division, int year) {
		return childrenZeroToThree(List.of(division), year).getOrDefault(division, new ChildCount(division, null, false));
	}

	/** Children 0–3 of each known division in the year, in one read (e.g. every street of a district). */
	public Map<String, ChildCount> childrenZeroToThree(Collection<String> divisions, int year) {
		if (divisions.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				SELECT d.code,
				  (SELECT b.value FROM region_baseline_figure b
				   WHERE b.division_code = d.code AND b.year = :year AND b.code = 'CHILDREN_0_3') AS stated,
				  round((SELECT p.residents FROM region_population p
				         WHERE p.division_code = d.code AND p.year <= :year ORDER BY p.year DESC LIMIT 1)
				    * (SELECT c.value / r.value FROM region_baseline_figure c
				       JOIN region_baseline_figure r ON r.division_code = c.division_code AND r.year = c.year
				         AND r.code = 'RESIDENTS' AND r.value > 0
				       WHERE c.division_code = left(d.code, 4) AND c.code = 'CHILDREN_0_3'
				       ORDER BY c.year DESC LIMIT 1)) AS estimate
				FROM region_division d WHERE d.code IN (:codes)
				""").param("codes", List.copyOf(divisions)).param("year", year)
			.query((rs, n) -> {
				String code = rs.getString(1);
				var stated = rs.getBigDecimal(2);
				var estimate = rs.getBigDecimal(3);
				return stated != null ? new ChildCount(code, stated.longValue(), false)
						: new ChildCount(code, estimate == null ? null : estimate.longValue(), estimate != null);
			})
			.list().stream().collect(Collectors.toMap(ChildCount::division, c -> c));
	}
}
