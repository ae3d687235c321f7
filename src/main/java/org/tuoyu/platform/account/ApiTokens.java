package org.tuoyu.platform.account;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.SecretTokens;
import org.tuoyu.platform.Sha256;
import org.tuoyu.platform.UuidV7;

/**
 * Personal API tokens: created and revoked by their owner, stored only as SHA-256 hashes.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "tuoyu_";

	private static final int MAX_ACTIVE = 10;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Creates a token and returns its secret, shown to the owner exactly once. */
	@Transactional
	public String create(CurrentUser owner, String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 60) {
			throw new BusinessRuleException("name", "token.name.invalid");
		}
		long active = jdbc.sql("SELECT count(*) FROM platform_api_token WHERE account_id = :owner AND revoked_at IS NULL")
			.param("owner", owner.accountId())
			.query(Long.class)
			.single();
		if (active >= MAX_ACTIVE) {
			throw new BusinessRuleException("name", "token.tooMany", MAX_ACTIVE);
		}
		String secret = SecretTokens.generate(PREFIX);
		UUID id = UuidV7.next();
		jdbc.sql("""
				INSERT INTO platform_api_token (id, account_id, name, token_hash, token_prefix)
				VALUES (:id, :owner, :name, :hash, :prefix)
				""")
			.param("id", id)
			.param("owner", owner.accountId())
			.param("name", trimmed)
			.param("hash", Sha256.hex(secret))
			.param("prefix", secret.substring(0, PREFIX.length() + 4))
			.update();
		audit.record(AuditEntry.of("API_TOKEN_CREATED", "api_token", id).withDetails(trimmed));
		return secret;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(CurrentUser owner) {
		return jdbc.sql("""
				SELECT id, name, token_prefix, created_at, last_used_at, revoked_at FROM platform_api_token
				WHERE account_id = :owner ORDER BY created_at DESC
				""").param("owner", owner.accountId()).query((rs, n) -> new ApiToken(rs.getObject("id", UUID.class),
				rs.getString("name"), rs.getString("token_prefix"), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")))).list();
	}

	/** Revokes one of the owner's tokens; another user's token is not found. */
	@Transactional
	public void revoke(CurrentUser owner, UUID id) {
		int updated = jdbc.sql("""
				UPDATE platform_api_token SET revoked_at = :now
				WHERE id = :id AND account_id = :owner AND revoked_at IS NULL
				""").param("now", OffsetDateTime.now(clock)).param("id", id).param("owner", owner.accountId()).update();
		if (updated == 0) {
			throw new NotFoundException("token");
		}
		audit.record(AuditEntry.of("API_TOKEN_REVOKED", "api_token", id));
	}

	/** The account an active token belongs to, recording its use. */
	@Transactional
	public Optional<UUID> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				UPDATE platform_api_token SET last_used_at = :now
				WHERE token_hash = :hash AND revoked_at IS NULL RETURNING account_id
				""").param("now", OffsetDateTime.now(clock)).param("hash", Sha256.hex(secret)).query(UUID.class).optional();
	}


	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
