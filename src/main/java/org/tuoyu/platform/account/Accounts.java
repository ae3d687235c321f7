package org.tuoyu.platform.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.platform.Role;

/**
 * Storage of accounts.
 */
@Repository
public class Accounts {

	private static final RowMapper<Account> ROWS = (rs, n) -> new Account(rs.getObject("id", UUID.class),
			rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
			Role.valueOf(rs.getString("role")), rs.getString("division_code"), rs.getObject("institution_id", UUID.class), rs.getObject("provider_id", UUID.class),
			rs.getBoolean("enabled"), rs.getInt("failed_logins"), instant(rs.getTimestamp("locked_until")),
			instant(rs.getTimestamp("created_at")));

	private final JdbcClient jdbc;

	private final Clock clock;

	Accounts(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Optional<Account> findByUsername(String username) {
		return jdbc.sql("SELECT * FROM platform_account WHERE username = :username")
			.param("username", username)
			.query(ROWS)
			.optional();
	}

	public Optional<Account> findById(UUID id) {
		return jdbc.sql("SELECT * FROM platform_account WHERE id = :id").param("id", id).query(ROWS).optional();
	}

	public boolean existsByUsername(String username) {
		return findByUsername(username).isPresent();
	}

	public long countByRole(Role role) {
		return jdbc.sql("SELECT count(*) FROM platform_account WHERE role = :role")
			.param("role", role.name())
			.query(Long.class)
			.single();
	}

	/**
	 * Division-scoped accounts (officers and community health workers) whose division lies in the
	 * subtree rooted at {@code divisionPrefix}.
	 */
	public List<Account> findOfficersWithin(String divisionPrefix) {
		return jdbc.sql("""
				SELECT * FROM platform_account
				WHERE role IN ('CITY_ADMIN', 'DISTRICT_ADMIN', 'STREET_OFFICER', 'INSPECTOR', 'COMMUNITY_HEALTH')
				  AND starts_with(division_code, :prefix)
				ORDER BY division_code, role, username
				""").param("prefix", divisionPrefix).query(ROWS).list();
	}

	/** Enabled accounts of one institution. */
	public List<UUID> idsOfInstitution(UUID institutionId) {
		return jdbc.sql("SELECT id FROM platform_account WHERE institution_id = :id AND enabled")
			.param("id", institutionId)
			.query(UUID.class)
			.list();
	}

	/** Enabled accounts of an institution with one of the roles. */
	public List<UUID> idsOfInstitution(UUID institutionId, List<String> roles) {
		return jdbc.sql("SELECT id FROM platform_account WHERE institution_id = :id AND enabled AND role IN (:roles)")
			.param("id", institutionId)
			.param("roles", roles)
			.query(UUID.class)
			.list();
	}

	/** Enabled officer accounts with one of the roles whose area contains the division. */
	public List<UUID> idsOfOfficersCovering(String divisionCode, List<String> roles) {
		return jdbc.sql("""
				SELECT id FROM platform_account
				WHERE enabled AND role IN (:roles) AND starts_with(:division, division_code)
				""").param("division", divisionCode).param("roles", roles).query(UUID.class).list();
	}

	public void insert(Account account, UUID createdBy) {
		jdbc.sql("""
				INSERT INTO platform_account (id, username, display_name, password_hash, role, division_code,
				  institution_id, provider_id, enabled, created_by)
				VALUES (:id, :username, :displayName, :hash, :role, :division, :institution, :provider, :enabled, :createdBy)
				""")
			.param("id", account.id())
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("hash", account.passwordHash())
			.param("role", account.role().name())
			.param("division", account.divisionCode())
			.param("institution", account.institutionId())
			.param("provider", account.providerId())
			.param("enabled", account.enabled())
			.param("createdBy", createdBy)
			.update();
	}

	public void updatePassword(UUID id, String passwordHash) {
		jdbc.sql("""
				UPDATE platform_account SET password_hash = :hash, password_changed_at = :now,
				  failed_logins = 0, locked_until = NULL WHERE id = :id
				""").param("now", OffsetDateTime.now(clock)).param("hash", passwordHash).param("id", id).update();
	}

	public void updateOfficer(UUID id, String displayName, Role role, String divisionCode) {
		jdbc.sql("UPDATE platform_account SET display_name = :name, role = :role, division_code = :division WHERE id = :id")
			.param("name", displayName)
			.param("role", role.name())
			.param("division", divisionCode)
			.param("id", id)
			.update();
	}

	public void updateEnabled(UUID id, boolean enabled) {
		jdbc.sql("UPDATE platform_account SET enabled = :enabled, failed_logins = 0, locked_until = NULL WHERE id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	/** Counts a failed login atomically and returns the new count. */
	public int incrementFailedLogins(UUID id) {
		return jdbc.sql("UPDATE platform_account SET failed_logins = failed_logins + 1 WHERE id = :id RETURNING failed_logins")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	public void lockUntil(UUID id, Instant until) {
		jdbc.sql("UPDATE platform_account SET locked_until = :until WHERE id = :id")
			.param("until", Timestamp.from(until))
			.param("id", id)
			.update();
	}

	public void resetFailedLogins(UUID id) {
		jdbc.sql("UPDATE platform_account SET failed_logins = 0, locked_until = NULL WHERE id = :id AND failed_logins > 0")
			.param("id", id)
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
