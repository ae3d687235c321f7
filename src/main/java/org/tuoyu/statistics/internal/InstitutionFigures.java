package org.tuoyu.statistics.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summary row of each institution ({@code statistics_institution_figure}): its street, whether
 * it operates, inclusive until, demonstration, public, places, children placed, trial vouchers
 * redeemed there and those followed by a placement there, and the communities of its sites. One
 * statement computes them from the source tables, for one institution (on an event) or for all
 * (rebuild). Refreshes of one institution take turns on an advisory lock, so each reads what the
 * one before it committed and the last one to finish is never stale.
 */
@Repository
public class InstitutionFigures {

	/** First key of the advisory lock that serialises refreshes of one institution. */
	private static final int LOCK_SPACE = 0x5747;

	private static final String UPSERT = """
			INSERT INTO statistics_institution_figure (institution_id, division_code, operating, inclusive_until,
			  demonstration, public_owned, places, placed, trial_redeemed, trial_converted, communities, refreshed_at)
			SELECT i.id, i.division_code, i.status IN ('FILED', 'VERIFIED'),
			  CASE WHEN i.inclusive THEN i.inclusive_valid_until END, i.demonstration_level <> 'NONE',
			  i.ownership = 'PUBLIC', coalesce(k.places, 0), coalesce(p.placed, 0), coalesce(v.redeemed, 0),
			  coalesce(v.converted, 0), coalesce(s.communities, '{}'), now()
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
			%s
			ON CONFLICT (institution_id) DO UPDATE SET division_code = EXCLUDED.division_code,
			  operating = EXCLUDED.operating, inclusive_until = EXCLUDED.inclusive_until,
			  demonstration = EXCLUDED.demonstration, public_owned = EXCLUDED.public_owned, places = EXCLUDED.places,
			  placed = EXCLUDED.placed, trial_redeemed = EXCLUDED.trial_redeemed,
			  trial_converted = EXCLUDED.trial_converted, communities = EXCLUDED.communities,
			  refreshed_at = EXCLUDED.refreshed_at
			""";

	private final JdbcClient jdbc;

	InstitutionFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Recomputes one institution's row from the source tables (none if the institution is unknown). */
	@Transactional
	public void refresh(UUID institutionId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:space, hashtext(:id::text))").param("space", LOCK_SPACE)
			.param("id", institutionId).query((rs, n) -> 1).single();
		jdbc.sql(UPSERT.formatted("WHERE i.id = :id")).param("id", institutionId).update();
	}

	/** Recomputes every institution's row in one set-based statement; returns the number of rows. */
	@Transactional
	public int rebuild() {
		jdbc.sql("LOCK TABLE statistics_institution_figure IN SHARE ROW EXCLUSIVE MODE").update();
		return jdbc.sql(UPSERT.formatted("")).update();
	}

	/** Whether no institution has a row yet. */
	public boolean empty() {
		return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM statistics_institution_figure)").query(Boolean.class).single();
	}
}
