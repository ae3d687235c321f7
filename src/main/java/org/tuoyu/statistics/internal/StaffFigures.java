package org.tuoyu.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.staff.CertificateType;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.staff.StaffRules;

/**
 * Staff of the operating institutions of a division and how many of them are certified, read
 * live because certificates expire by the calendar, not by an event. A person counts once; they
 * are certified when every open employment's role requirements of the staff module
 * ({@link StaffRules#requirementsOf}) are met by a certificate not expired on the day (one
 * expiring soon still counts, as in the staff module's own check).
 */
@Repository
public class StaffFigures {

	private final JdbcClient jdbc;

	private final String requirements;

	StaffFigures(JdbcClient jdbc, StaffRules rules) {
		this.jdbc = jdbc;
		this.requirements = requirements(rules);
	}

	/** Staff and certified staff. */
	public record Staff(long staff, long certified) {
	}

	/** The staff of the division's operating institutions on the day. */
	public Staff staff(String division, LocalDate today) {
		return jdbc.sql("""
				WITH requirement AS (
				  SELECT * FROM jsonb_to_recordset(CAST(:requirements AS jsonb)) AS r(role text, requirement int, type text)),
				employed AS (
				  SELECT e.person_id, NOT EXISTS (
				      SELECT 1 FROM requirement q WHERE q.role = e.role AND NOT EXISTS (
				        SELECT 1 FROM requirement t JOIN staff_certificate c ON c.type = t.type
				        WHERE t.role = q.role AND t.requirement = q.requirement AND c.person_id = e.person_id
				          AND (c.expires_on IS NULL OR c.expires_on >= :today))) AS certified
				  FROM statistics_institution_figure f JOIN staff_employment e ON e.institution_id = f.institution_id
				  WHERE starts_with(f.division_code, :d) AND f.operating AND e.ended_on IS NULL AND e.started_on <= :today),
				person AS (SELECT person_id, bool_and(certified) AS certified FROM employed GROUP BY person_id)
				SELECT count(*), count(*) FILTER (WHERE certified) FROM person
				""").param("requirements", requirements).param("d", division).param("today", today)
			.query((rs, n) -> new Staff(rs.getLong(1), rs.getLong(2))).single();
	}

	/** Every role's requirements as JSON rows (role, requirement number, acceptable type). */
	private static String requirements(StaffRules rules) {
		List<String> rows = new ArrayList<>();
		for (StaffRole role : StaffRole.values()) {
			List<List<CertificateType>> required = rules.requirementsOf(role);
			for (int i = 0; i < required.size(); i++) {
				for (CertificateType type : required.get(i)) {
					rows.add("{\"role\":\"%s\",\"requirement\":%d,\"type\":\"%s\"}".formatted(role, i, type));
				}
			}
		}
		return rows.stream().collect(Collectors.joining(",", "[", "]"));
	}
}
