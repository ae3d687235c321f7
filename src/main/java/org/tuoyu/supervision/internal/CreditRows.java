package org.tuoyu.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.supervision.CreditEntry;
import org.tuoyu.supervision.CreditEventKind;
import org.tuoyu.supervision.CreditTier;

/** The credit score rows and the append-only credit ledger. */
@Repository
public class CreditRows {

	/** The current score row of an institution. */
	public record Score(UUID institutionId, int score, CreditTier tier, LocalDate tierSince) {
	}

	/** One ledger row to append. */
	public record NewEntry(UUID id, UUID institutionId, String divisionCode, CreditEventKind kind, int delta,
			int scoreAfter, CreditTier tierAfter, String reason, String documentNumber, String sourceType,
			UUID sourceId, LocalDate occurredOn, UUID recordedBy, String recordedByName, Instant recordedAt) {
	}

	private final JdbcClient jdbc;

	CreditRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The institution's score row, created with the initial score if missing, locked until the
	 * transaction ends so concurrent events apply one after another.
	 */
	public Score lock(UUID institutionId, String divisionCode, int initialScore, CreditTier initialTier,
			Instant now) {
		jdbc.sql("""
				INSERT INTO supervision_credit_score (institution_id, division_code, score, tier, tier_since, updated_at)
				VALUES (:id, :division, :score, :tier, NULL, :now) ON CONFLICT (institution_id) DO NOTHING
				""")
			.param("id", institutionId)
			.param("division", divisionCode)
			.param("score", initialScore)
			.param("tier", initialTier.name())
			.param("now", Timestamp.from(now))
			.update();
		return jdbc.sql("SELECT * FROM supervision_credit_score WHERE institution_id = :id FOR UPDATE")
			.param("id", institutionId)
			.query(CreditRows::score)
			.single();
	}

	/** Appends an entry unless its source already counted for its kind; whether it was appended. */
	public boolean append(NewEntry e) {
		return jdbc.sql("""
				INSERT INTO supervision_credit_event (id, institution_id, division_code, kind, delta, score_after,
				  tier_after, reason, document_number, source_type, source_id, occurred_on, recorded_by,
				  recorded_by_name, recorded_at)
				VALUES (:id, :institution, :division, :kind, :delta, :scoreAfter, :tierAfter, :reason, :document,
				  :sourceType, :sourceId, :occurredOn, :recordedBy, :recordedByName, :recordedAt)
				ON CONFLICT ON CONSTRAINT supervision_credit_event_once DO NOTHING
				""")
			.param("id", e.id())
			.param("institution", e.institutionId())
			.param("division", e.divisionCode())
			.param("kind", e.kind().name())
			.param("delta", e.delta())
			.param("scoreAfter", e.scoreAfter())
			.param("tierAfter", e.tierAfter().name())
			.param("reason", e.reason())
			.param("document", e.documentNumber())
			.param("sourceType", e.sourceType())
			.param("sourceId", e.sourceId())
			.param("occurredOn", e.occurredOn())
			.param("recordedBy", e.recordedBy())
			.param("recordedByName", e.recordedByName())
			.param("recordedAt", Timestamp.from(e.recordedAt()))
			.update() == 1;
	}

	/** Sets the locked score row. */
	public void update(UUID institutionId, int score, CreditTier tier, LocalDate tierSince, Instant now) {
		jdbc.sql("""
				UPDATE supervision_credit_score SET score = :score, tier = :tier, tier_since = :since, updated_at = :now
				WHERE institution_id = :id
				""")
			.param("id", institutionId)
			.param("score", score)
			.param("tier", tier.name())
			.param("since", tierSince)
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<Score> score(UUID institutionId) {
		return jdbc.sql("SELECT * FROM supervision_credit_score WHERE institution_id = :id")
			.param("id", institutionId)
			.query(CreditRows::score)
			.optional();
	}

	/** The score rows of the institutions that have one. */
	public Map<UUID, Score> scores(Collection<UUID> institutionIds) {
		Map<UUID, Score> found = new HashMap<>();
		if (institutionIds.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT * FROM supervision_credit_score WHERE institution_id = ANY(:ids)")
			.param("ids", institutionIds.toArray(UUID[]::new))
			.query(CreditRows::score)
			.list()
			.forEach(s -> found.put(s.institutionId(), s));
		return found;
	}

	/**
	 * The tier each institution had after the last event recorded before {@code before}; an
	 * institution without such an event is missing.
	 */
	public Map<UUID, CreditTier> tiersBefore(Collection<UUID> institutionIds, Instant before) {
		Map<UUID, CreditTier> found = new HashMap<>();
		if (institutionIds.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				SELECT DISTINCT ON (institution_id) institution_id, tier_after FROM supervision_credit_event
				WHERE institution_id = ANY(:ids) AND recorded_at < :before
				ORDER BY institution_id, recorded_at DESC, id DESC
				""")
			.param("ids", institutionIds.toArray(UUID[]::new))
			.param("before", Timestamp.from(before))
			.query(rs -> {
				found.put(rs.getObject("institution_id", UUID.class), CreditTier.valueOf(rs.getString("tier_after")));
			});
		return found;
	}

	/** The institution's ledger, newest first. */
	public List<CreditEntry> history(UUID institutionId) {
		return jdbc.sql("""
				SELECT * FROM supervision_credit_event WHERE institution_id = :id ORDER BY recorded_at DESC, id DESC
				""").param("id", institutionId).query(CreditRows::entry).list();
	}

	private static Score score(ResultSet rs, int n) throws SQLException {
		return new Score(rs.getObject("institution_id", UUID.class), rs.getInt("score"),
				CreditTier.valueOf(rs.getString("tier")), rs.getObject("tier_since", LocalDate.class));
	}

	private static CreditEntry entry(ResultSet rs, int n) throws SQLException {
		return new CreditEntry(rs.getObject("id", UUID.class), CreditEventKind.valueOf(rs.getString("kind")),
				rs.getInt("delta"), rs.getInt("score_after"), CreditTier.valueOf(rs.getString("tier_after")),
				rs.getString("reason"), rs.getString("document_number"), rs.getString("source_type"),
				rs.getObject("source_id", UUID.class), rs.getObject("occurred_on", LocalDate.class),
				rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant());
	}
}
