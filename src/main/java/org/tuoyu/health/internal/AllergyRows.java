package org.tuoyu.health.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.health.Allergy;
import org.tuoyu.health.AllergySeverity;

/** Storage of children's allergies; withdrawn ones stay but are never read back. */
@Repository
public class AllergyRows {

	private static final String COLUMNS = """
			SELECT a.id, a.child_id, a.allergen, a.reaction, a.severity, a.status, a.recorded_by_name, a.recorded_at,
			  a.confirmed_by_name, a.confirmed_at
			FROM health_allergy a
			""";

	/** A standing allergy with the child it belongs to. */
	public record Standing(UUID id, UUID childId) {
	}

	private final JdbcClient jdbc;

	AllergyRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new unconfirmed allergy; returns false when the child already has a standing one of
	 * the same allergen (case-insensitive) and nothing was written.
	 */
	public boolean insert(UUID id, UUID childId, String allergen, String reaction, AllergySeverity severity, UUID by,
			String byName, OffsetDateTime now) {
		return jdbc.sql("""
				INSERT INTO health_allergy (id, child_id, allergen, reaction, severity, recorded_by, recorded_by_name, recorded_at)
				VALUES (:id, :child, :allergen, :reaction, :severity, :by, :name, :now)
				ON CONFLICT DO NOTHING
				""").param("id", id).param("child", childId).param("allergen", allergen).param("reaction", reaction)
			.param("severity", severity.name()).param("by", by).param("name", byName).param("now", now)
			.update() == 1;
	}

	/** A standing (not withdrawn) allergy, its row locked. */
	public Optional<Standing> lockStanding(UUID id) {
		return jdbc.sql("SELECT id, child_id FROM health_allergy WHERE id = :id AND status <> 'WITHDRAWN' FOR UPDATE")
			.param("id", id)
			.query((rs, n) -> new Standing(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class)))
			.optional();
	}

	/** Confirms an allergy for an institution (its street); returns whether it was unconfirmed. */
	public boolean confirm(UUID id, UUID by, String byName, UUID institutionId, String division, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE health_allergy SET status = 'CONFIRMED', confirmed_by = :by, confirmed_by_name = :name, confirmed_at = :now,
				  confirmed_institution = :institution, confirmed_division = :division
				WHERE id = :id AND status = 'UNCONFIRMED'
				""").param("id", id).param("by", by).param("name", byName).param("now", now)
			.param("institution", institutionId).param("division", division).update() == 1;
	}

	/** Withdraws a standing allergy. */
	public void withdraw(UUID id, OffsetDateTime now) {
		jdbc.sql("UPDATE health_allergy SET status = 'WITHDRAWN', withdrawn_at = :now WHERE id = :id AND status <> 'WITHDRAWN'")
			.param("id", id).param("now", now).update();
	}

	/**
	 * The children's standing allergies, each child's unconfirmed first, then by allergen; the child's
	 * name comes from {@code names} (the family module's).
	 */
	public List<Allergy> ofChildren(Map<UUID, String> names) {
		if (names.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + """
				WHERE a.child_id = ANY(:children) AND a.status <> 'WITHDRAWN'
				ORDER BY a.child_id, a.status = 'CONFIRMED', a.allergen
				""").param("children", names.keySet().toArray(UUID[]::new))
			.query((rs, n) -> allergy(rs, names))
			.list()
			.stream()
			.sorted(Comparator.comparing(Allergy::childName, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private static Allergy allergy(ResultSet rs, Map<UUID, String> names) throws SQLException {
		UUID child = rs.getObject("child_id", UUID.class);
		return new Allergy(rs.getObject("id", UUID.class), child, names.get(child),
				rs.getString("allergen"), rs.getString("reaction"), AllergySeverity.valueOf(rs.getString("severity")),
				"CONFIRMED".equals(rs.getString("status")), rs.getString("recorded_by_name"),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("confirmed_by_name"),
				rs.getObject("confirmed_at", OffsetDateTime.class));
	}
}
