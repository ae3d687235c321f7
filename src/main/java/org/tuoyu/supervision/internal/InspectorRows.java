package org.tuoyu.supervision.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the inspector roster and declared former workplaces. */
@Repository
public class InspectorRows {

	/** A roster row. */
	public record Row(UUID accountId, String displayName, String divisionCode, boolean active) {
	}

	/** A declared former workplace. */
	public record Workplace(UUID accountId, UUID institutionId) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	InspectorRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public boolean insert(UUID accountId, String displayName, String divisionCode, UUID enrolledBy) {
		return jdbc.sql("""
				INSERT INTO supervision_inspector (account_id, display_name, division_code, enrolled_by)
				VALUES (:id, :name, :division, :by) ON CONFLICT (account_id) DO NOTHING
				""")
			.param("id", accountId)
			.param("name", displayName)
			.param("division", divisionCode)
			.param("by", enrolledBy)
			.update() == 1;
	}

	/** Inspectors whose division lies inside the prefix, by division and name. */
	public List<Row> within(String divisionPrefix) {
		return jdbc.sql("""
				SELECT account_id, display_name, division_code, active FROM supervision_inspector
				WHERE starts_with(division_code, :prefix) ORDER BY division_code, display_name, account_id
				""").param("prefix", divisionPrefix).query(Row.class).list();
	}

	public Optional<Row> find(UUID accountId) {
		return jdbc.sql("""
				SELECT account_id, display_name, division_code, active FROM supervision_inspector WHERE account_id = :id
				""").param("id", accountId).query(Row.class).optional();
	}

	/** Display names by account, for published draws. */
	public List<Row> byIds(Collection<UUID> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT account_id, display_name, division_code, active FROM supervision_inspector
				WHERE account_id IN (:ids)
				""").param("ids", accountIds).query(Row.class).list();
	}

	public void updateActive(UUID accountId, boolean active) {
		jdbc.sql("UPDATE supervision_inspector SET active = :active, updated_at = :now WHERE account_id = :id").param("now", OffsetDateTime.now(clock))
			.param("active", active)
			.param("id", accountId)
			.update();
	}

	public boolean insertWorkplace(UUID accountId, UUID institutionId, UUID declaredBy) {
		return jdbc.sql("""
				INSERT INTO supervision_inspector_workplace (account_id, institution_id, declared_by)
				VALUES (:id, :institution, :by) ON CONFLICT DO NOTHING
				""").param("id", accountId).param("institution", institutionId).param("by", declaredBy).update() == 1;
	}

	public boolean deleteWorkplace(UUID accountId, UUID institutionId) {
		return jdbc.sql("""
				DELETE FROM supervision_inspector_workplace WHERE account_id = :id AND institution_id = :institution
				""").param("id", accountId).param("institution", institutionId).update() == 1;
	}

	/** The declared workplaces of the inspectors. */
	public List<Workplace> workplaces(Collection<UUID> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT account_id, institution_id FROM supervision_inspector_workplace WHERE account_id IN (:ids)
				ORDER BY account_id, declared_at
				""").param("ids", accountIds).query(Workplace.class).list();
	}
}
