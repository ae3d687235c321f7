package org.tuoyu.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of sealed and made draws; the database refuses to change a made draw. */
@Repository
public class DrawRows {

	/** A stored draw with its plan's name, division and period. */
	public record Row(UUID id, UUID planId, String planName, String divisionCode, LocalDate periodStart,
			LocalDate periodEnd, byte[] inputs, String inputsHash, byte[] seed, String seedHash, Instant sealedAt,
			String result, Instant drawnAt) {

		public boolean drawn() {
			return drawnAt != null;
		}
	}

	private static final String SELECT = """
			SELECT d.*, p.name AS plan_name, p.division_code, p.period_start, p.period_end
			FROM supervision_draw d JOIN supervision_plan p ON p.id = d.plan_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	DrawRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID planId, byte[] inputs, String inputsHash, byte[] seed, String seedHash,
			UUID sealedBy) {
		jdbc.sql("""
				INSERT INTO supervision_draw (id, plan_id, inputs, inputs_hash, seed, seed_hash, sealed_by)
				VALUES (:id, :plan, :inputs, :inputsHash, :seed, :seedHash, :by)
				""")
			.param("id", id)
			.param("plan", planId)
			.param("inputs", inputs)
			.param("inputsHash", inputsHash)
			.param("seed", seed)
			.param("seedHash", seedHash)
			.param("by", sealedBy)
			.update();
	}

	/** Stores the result of a sealed draw; false if it was already made. */
	public boolean complete(UUID id, String result, UUID drawnBy) {
		return jdbc.sql("""
				UPDATE supervision_draw SET result = :result, drawn_by = :by, drawn_at = :now
				WHERE id = :id AND drawn_at IS NULL
				""").param("now", OffsetDateTime.now(clock)).param("id", id).param("result", result).param("by", drawnBy).update() == 1;
	}

	public Optional<Row> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(DrawRows::row).optional();
	}

	public Optional<Row> ofPlan(UUID planId) {
		return jdbc.sql(SELECT + " WHERE d.plan_id = :plan").param("plan", planId).query(DrawRows::row).optional();
	}

	/** Every sealed draw, newest seal first. */
	public List<Row> all(int limit) {
		return jdbc.sql(SELECT + " ORDER BY d.sealed_at DESC LIMIT :limit")
			.param("limit", limit)
			.query(DrawRows::row)
			.list();
	}

	/**
	 * The result of the previous round: the made draw of the same division whose plan started most
	 * recently before the given day.
	 */
	public Optional<String> previousResult(String divisionCode, LocalDate before) {
		return jdbc.sql("""
				SELECT d.result FROM supervision_draw d JOIN supervision_plan p ON p.id = d.plan_id
				WHERE p.division_code = :division AND p.period_start < :before AND d.drawn_at IS NOT NULL
				ORDER BY p.period_start DESC, d.drawn_at DESC LIMIT 1
				""").param("division", divisionCode).param("before", before).query(String.class).optional();
	}

	/** Made draws that drew the institution, newest first, at most {@code limit}. */
	public List<Row> drewInstitution(java.util.UUID institutionId, int limit) {
		return jdbc.sql(SELECT + """
				WHERE d.drawn_at IS NOT NULL AND strpos(d.result, :needle) > 0
				ORDER BY d.drawn_at DESC LIMIT :limit
				""").param("needle", "\"institution\":\"" + institutionId + "\"").param("limit", limit)
			.query(DrawRows::row)
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		java.sql.Timestamp drawnAt = rs.getTimestamp("drawn_at");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getString("plan_name"),
				rs.getString("division_code"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getBytes("inputs"), rs.getString("inputs_hash"),
				rs.getBytes("seed"), rs.getString("seed_hash"), rs.getTimestamp("sealed_at").toInstant(),
				rs.getString("result"), drawnAt == null ? null : drawnAt.toInstant());
	}
}
