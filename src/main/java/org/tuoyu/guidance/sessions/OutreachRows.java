package org.tuoyu.guidance.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register's home-cared children read for the community's outreach, with their free services
 * of a year (the guidance module's own tables, read only).
 */
@Repository
class OutreachRows {

	/** A home-cared child with its free sessions from January to the end of a month. */
	record Behind(UUID childId, String name, LocalDate birthDate, String home, UUID familyChildId, int attended) {
	}

	private final JdbcClient jdbc;

	OutreachRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Active home-cared children living in the area, born by the month's end, below {@code expected}. */
	List<Behind> behind(String scope, LocalDate yearStart, LocalDate monthEnd, int expected) {
		return jdbc.sql("""
				SELECT c.id, c.name, c.birth_date, coalesce(c.community_code, c.division_code) AS home, c.family_child_id,
				  count(s.id) AS attended
				FROM guidance_child c
				LEFT JOIN guidance_service s ON s.child_id = c.id AND s.free AND s.served_on >= :from AND s.served_on <= :to
				WHERE c.status = 'ACTIVE' AND NOT c.enrolled AND c.birth_date <= :to
				  AND starts_with(coalesce(c.community_code, c.division_code), :scope)
				GROUP BY c.id
				HAVING count(s.id) < :expected
				ORDER BY home, attended, c.name, c.id
				LIMIT 2000
				""")
			.param("from", yearStart)
			.param("to", monthEnd)
			.param("scope", scope)
			.param("expected", expected)
			.query((rs, n) -> new Behind(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("home"),
					rs.getObject("family_child_id", UUID.class), rs.getInt("attended")))
			.list();
	}
}
