package org.tuoyu.guidance.sessions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.platform.UuidV7;

/**
 * The register's home-cared children read for the community's outreach, with their free services
 * of a year (the guidance module's own tables, read only).
 */
@Repository
class OutreachRows {

	/** A home-cared child with its free sessions from January to the end of a month. */
	record Behind(UUID childId, String name, LocalDate birthDate, String home, UUID familyChildId, int attended,
			OffsetDateTime lastInvited) {
	}

	/** What is looked at: an area (a division code prefix of the child's home) and a month of a year. */
	record Window(String area, LocalDate yearStart, LocalDate monthEnd, int expected) {
	}

	/** Active home-cared children living in the area, born by the month's end, below the expected count. */
	private static final String BEHIND = """
			SELECT c.id, c.name, c.birth_date, coalesce(c.community_code, c.division_code) AS home, c.family_child_id,
			  count(s.id) AS attended,
			  (SELECT max(i.invited_at) FROM guidance_quota_invitation i WHERE i.child_id = c.id) AS last_invited
			FROM guidance_child c
			LEFT JOIN guidance_service s ON s.child_id = c.id AND s.free AND s.served_on >= :from AND s.served_on <= :to
			WHERE c.status = 'ACTIVE' AND NOT c.enrolled AND c.birth_date <= :to
			  AND starts_with(coalesce(c.community_code, c.division_code), :area)
			GROUP BY c.id
			HAVING count(s.id) < :expected
			""";

	private final JdbcClient jdbc;

	OutreachRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the children behind, by home, fewest sessions first. */
	List<Behind> behind(Window window, int limit, int offset) {
		return select(window, BEHIND + " ORDER BY home, attended, c.name, c.id LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Behind(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("home"),
					rs.getObject("family_child_id", UUID.class), rs.getInt("attended"),
					rs.getObject("last_invited", OffsetDateTime.class)))
			.list();
	}

	/** Every child behind, for inviting them all. */
	List<Behind> behind(Window window) {
		return behind(window, Integer.MAX_VALUE, 0);
	}

	/**
	 * The children behind counted by the first {@code length} digits of their home, most behind
	 * first; children whose home is known only to a coarser level count under that shorter code.
	 */
	Map<String, Long> countsBy(Window window, int length) {
		Map<String, Long> counts = new LinkedHashMap<>();
		select(window, "SELECT left(b.home, :length) AS code, count(*) AS behind FROM (" + BEHIND
				+ ") b GROUP BY 1 ORDER BY 2 DESC, 1")
			.param("length", length)
			.query((rs, n) -> counts.put(rs.getString("code"), rs.getLong("behind")))
			.list();
		return counts;
	}

	/** Records that a child's family was invited, reached online or not. */
	void invited(UUID childId, boolean reached, UUID by, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO guidance_quota_invitation (id, child_id, reached, invited_by, invited_at)
				VALUES (:id, :child, :reached, :by, :at)
				""").param("id", UuidV7.next()).param("child", childId).param("reached", reached).param("by", by)
			.param("at", at).update();
	}

	private JdbcClient.StatementSpec select(Window window, String sql) {
		return jdbc.sql(sql)
			.param("from", window.yearStart())
			.param("to", window.monthEnd())
			.param("area", window.area())
			.param("expected", window.expected());
	}
}
