package org.tuoyu.statistics.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The institution counts of the statistics report, in one statement for all sub-divisions:
 * operating (filed or verified) institutions by area and category, with how many are inclusive
 * today, their places and the children placed in them now.
 */
@Repository
public class ReportRows {

	private final JdbcClient jdbc;

	ReportRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One row per area and category of the division subtree.
	 *
	 * @param area the first {@code areaLength} digits of the institution's street code
	 */
	public record Counts(String area, String category, long institutions, long inclusive, long places, long enrolled) {
	}

	/** The counts of the subtree of {@code division}, grouped by the first {@code areaLength} digits of the street. */
	public List<Counts> institutions(String division, int areaLength, LocalDate today) {
		return jdbc.sql("""
				SELECT left(i.division_code, :length), i.category, count(*),
				  count(*) FILTER (WHERE i.inclusive AND i.inclusive_valid_until >= :today),
				  coalesce(sum((SELECT sum(k.capacity) FROM institution_class k WHERE k.institution_id = i.id)), 0),
				  coalesce(sum((SELECT count(*) FROM enrollment_placement p WHERE p.institution_id = i.id AND p.status = 'ACTIVE')), 0)
				FROM institution_institution i
				WHERE i.division_code LIKE :prefix AND i.status IN ('FILED', 'VERIFIED')
				GROUP BY 1, 2
				""").param("length", areaLength).param("prefix", division + "%").param("today", today)
			.query((rs, n) -> new Counts(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6)))
			.list();
	}
}
