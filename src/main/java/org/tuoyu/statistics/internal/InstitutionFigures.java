package org.tuoyu.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.staff.CertificateType;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.staff.StaffRules;

/**
 * The summary row of each institution ({@code statistics_institution_figure}): its street, whether
 * it operates, inclusive until, demonstration, public, places, children placed, trial vouchers
 * redeemed there and those followed by a placement there, the communities of its sites, and its
 * staff with how many are certified. One statement computes them from the source tables, for one
 * institution (on an event) or for all (rebuild).
 *
 * <p>Staff: a person with an employment open today counts once per institution; certified when
 * each requirement of their role there ({@link StaffRules#requirementsOf}: any one of its
 * acceptable types) is met by a certificate not expired today (one expiring soon still counts, as
 * in the staff module's check). The row remembers the next day this changes by the calendar alone
 * ({@code recheck_on}), and {@link #recheck()} refreshes those rows then. Refreshes of one institution take turns on an advisory lock, so each reads what the
 * one before it committed and the last one to finish is never stale. A row is only rewritten when
 * its figures changed ({@code refreshed_at}: when they last did).
 */
@Repository
public class InstitutionFigures {

	/** First key of the advisory lock that serialises refreshes of one institution. */
	private static final int LOCK_SPACE = 0x5747;

	private static final String UPSERT = """
			INSERT INTO statistics_institution_figure AS f0 (institution_id, division_code, operating, inclusive_until,
			  demonstration, public_owned, places, placed, trial_redeemed, trial_converted, communities, staff,
			  staff_certified, recheck_on, refreshed_at)
			WITH requirement AS (
			  SELECT role, requirement, array_agg(type) AS types
			  FROM jsonb_to_recordset(CAST(:requirements AS jsonb)) AS r(role text, requirement int, type text)
			  GROUP BY role, requirement),
			employed AS (
			  SELECT e.institution_id, e.person_id, bool_and(q.requirement IS NULL OR q.best IS NOT NULL) AS certified,
			    min(q.best) AS until
			  FROM staff_employment e
			  LEFT JOIN LATERAL (SELECT r.requirement, (SELECT max(coalesce(c.expires_on, 'infinity'::date)) FROM staff_certificate c
			      WHERE c.person_id = e.person_id AND c.type = ANY (r.types)
			        AND (c.expires_on IS NULL OR c.expires_on >= :today)) AS best
			    FROM requirement r WHERE r.role = e.role) q ON true
			  WHERE e.started_on <= :today AND (e.ended_on IS NULL OR e.ended_on >= :today) %1$s
			  GROUP BY e.institution_id, e.person_id),
			staffed AS (
			  SELECT institution_id, count(*) AS staff, count(*) FILTER (WHERE certified) AS certified,
			    min(until) FILTER (WHERE certified) + 1 AS expiry
			  FROM employed GROUP BY institution_id),
			upcoming AS (
			  SELECT e.institution_id, min(CASE WHEN e.started_on > :today THEN e.started_on ELSE e.ended_on + 1 END) AS day
			  FROM staff_employment e WHERE (e.started_on > :today OR e.ended_on >= :today) %1$s
			  GROUP BY e.institution_id)
			SELECT i.id, i.division_code, i.status IN ('FILED', 'VERIFIED'),
			  CASE WHEN i.inclusive THEN i.inclusive_valid_until END, i.demonstration_level <> 'NONE',
			  i.ownership = 'PUBLIC', coalesce(k.places, 0), coalesce(p.placed, 0), coalesce(v.redeemed, 0),
			  coalesce(v.converted, 0), coalesce(s.communities, '{}'), coalesce(f.staff, 0), coalesce(f.certified, 0),
			  nullif(least(f.expiry, u.day), 'infinity'::date), :now
			FROM institution_institution i
			LEFT JOIN (SELECT institution_id, sum(capacity) AS places FROM institution_class GROUP BY institution_id) k
			  ON k.institution_id = i.id
			LEFT JOIN (SELECT institution_id, count(*) AS placed FROM enrollment_placement WHERE status = 'ACTIVE'
			  GROUP BY institution_id) p ON p.institution_id = i.id
			LEFT JOIN (SELECT t.redeemed_institution_id AS institution_id, count(*) AS redeemed,
			    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM enrollment_placement e WHERE e.child_id = t.child_id
			      AND e.institution_id = t.redeemed_institution_id AND e.created_at > t.redeemed_at)) AS converted
			  FROM enrollment_voucher t WHERE t.status = 'REDEEMED' AND t.service_month IS NULL
			  GROUP BY t.redeemed_institution_id) v ON v.institution_id = i.id
			LEFT JOIN (SELECT institution_id, array_agg(DISTINCT community_code ORDER BY community_code) AS communities
			  FROM institution_site WHERE community_code IS NOT NULL GROUP BY institution_id) s ON s.institution_id = i.id
			LEFT JOIN staffed f ON f.institution_id = i.id
			LEFT JOIN upcoming u ON u.institution_id = i.id
			%2$s
			ON CONFLICT (institution_id) DO UPDATE SET division_code = EXCLUDED.division_code,
			  operating = EXCLUDED.operating, inclusive_until = EXCLUDED.inclusive_until,
			  demonstration = EXCLUDED.demonstration, public_owned = EXCLUDED.public_owned, places = EXCLUDED.places,
			  placed = EXCLUDED.placed, trial_redeemed = EXCLUDED.trial_redeemed,
			  trial_converted = EXCLUDED.trial_converted, communities = EXCLUDED.communities, staff = EXCLUDED.staff,
			  staff_certified = EXCLUDED.staff_certified, recheck_on = EXCLUDED.recheck_on,
			  refreshed_at = EXCLUDED.refreshed_at
			WHERE (f0.division_code, f0.operating, f0.inclusive_until, f0.demonstration, f0.public_owned, f0.places,
			    f0.placed, f0.trial_redeemed, f0.trial_converted, f0.communities, f0.staff, f0.staff_certified, f0.recheck_on)
			  IS DISTINCT FROM (EXCLUDED.division_code, EXCLUDED.operating, EXCLUDED.inclusive_until,
			    EXCLUDED.demonstration, EXCLUDED.public_owned, EXCLUDED.places, EXCLUDED.placed, EXCLUDED.trial_redeemed,
			    EXCLUDED.trial_converted, EXCLUDED.communities, EXCLUDED.staff, EXCLUDED.staff_certified, EXCLUDED.recheck_on)
			""";

	private final JdbcClient jdbc;

	private final String requirements;

	private final Clock clock;

	private final LiveFigures live;

	InstitutionFigures(JdbcClient jdbc, StaffRules rules, Clock clock, LiveFigures live) {
		this.jdbc = jdbc;
		this.requirements = requirements(rules);
		this.clock = clock;
		this.live = live;
	}

	/** Recomputes one institution's row from the source tables (none if the institution is unknown). */
	@Transactional
	public void refresh(UUID institutionId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:space, hashtext(:id::text))").param("space", LOCK_SPACE)
			.param("id", institutionId).query((rs, n) -> 1).single();
		changed(upsert("AND e.institution_id = :id", "WHERE i.id = :id").param("id", institutionId).update());
	}

	/** Recomputes the rows of every institution where the person works or worked. */
	@Transactional
	public void refreshStaffOf(UUID personId) {
		jdbc.sql("SELECT DISTINCT institution_id FROM staff_employment WHERE person_id = :p ORDER BY 1").param("p", personId)
			.query(UUID.class).list().forEach(this::refresh);
	}

	/** Recomputes every institution's row in one set-based statement; returns the number of rows that changed. */
	@Transactional
	public int rebuild() {
		jdbc.sql("LOCK TABLE statistics_institution_figure IN SHARE ROW EXCLUSIVE MODE").update();
		return changed(upsert("", "").update());
	}

	/**
	 * Recomputes the rows whose staff figures the calendar changed (a certificate expired, an
	 * employment started or ended); returns how many.
	 */
	@Transactional
	public int recheck() {
		jdbc.sql("LOCK TABLE statistics_institution_figure IN SHARE ROW EXCLUSIVE MODE").update();
		String due = "institution_id IN (SELECT institution_id FROM statistics_institution_figure WHERE recheck_on <= :today)";
		return changed(upsert("AND e." + due, "WHERE i.id IN (SELECT institution_id FROM statistics_institution_figure "
				+ "WHERE recheck_on <= :today)").update());
	}

	/** Tells the cached live figures when rows changed; returns how many did. */
	private int changed(int rowsChanged) {
		if (rowsChanged > 0) {
			live.changed();
		}
		return rowsChanged;
	}

	private JdbcClient.StatementSpec upsert(String staffFilter, String institutionFilter) {
		return jdbc.sql(UPSERT.formatted(staffFilter, institutionFilter)).param("requirements", requirements)
			.param("today", LocalDate.now(clock)).param("now", OffsetDateTime.now(clock));
	}

	/** Every role's requirements of the staff module as JSON rows (role, requirement number, acceptable type). */
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

	/** Whether no institution has a row yet. */
	public boolean empty() {
		return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM statistics_institution_figure)").query(Boolean.class).single();
	}
}
