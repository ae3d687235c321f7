package org.tuoyu.platform.audit;

import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.ClientAddress;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.RecordAccess;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;

/**
 * Audit log on PostgreSQL. Appends are plain inserts that never wait for one another; a single
 * chainer (a transaction-scoped advisory lock) then links them, each row storing the hash of the
 * one before it in the chain.
 */
@Service
public class JdbcAuditLog implements AuditLog {

	private static final long CHAIN_LOCK = 0x7475_6f79_7561_7564L;

	private static final RowMapper<AuditRecord> ROWS = (rs, n) -> new AuditRecord(rs.getLong("seq"),
			rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
			rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
			rs.getString("division_code"), rs.getObject("institution_id", UUID.class), rs.getString("details"),
			rs.getString("remote_address"), rs.getString("previous_hash"), rs.getString("hash"));

	private static final int BATCH = 2_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final CurrentUsers currentUsers;

	private final ClientAddress clientAddress;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, JdbcTemplate template, CurrentUsers currentUsers, ClientAddress clientAddress,
			Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.template = template;
		this.currentUsers = currentUsers;
		this.clientAddress = clientAddress;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		CurrentUser user = currentUsers.current().orElse(null);
		recordAs(user == null ? null : user.accountId(), user == null ? "system" : user.username(), entry);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(Collection<AuditEntry> entries) {
		CurrentUser user = currentUsers.current().orElse(null);
		String remote = clientAddress.current().orElse(null);
		List<Object[]> rows = new ArrayList<>();
		for (AuditEntry entry : entries) {
			rows.add(new Object[] { java.sql.Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)),
					user == null ? null : user.accountId(), user == null ? "system" : user.username(), entry.action(),
					entry.targetType(), entry.targetId(), entry.division() == null ? null : entry.division().value(),
					entry.institutionId(), entry.details() == null ? "" : entry.details(), remote });
		}
		template.batchUpdate("""
				INSERT INTO platform_audit_event (occurred_at, actor_id, actor_name, action, target_type, target_id,
				  division_code, institution_id, details, remote_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(UUID actorId, String actorName, AuditEntry entry) {
		jdbc.sql("""
				INSERT INTO platform_audit_event (occurred_at, actor_id, actor_name, action, target_type, target_id,
				  division_code, institution_id, details, remote_address)
				VALUES (:at, :actorId, :actorName, :action, :targetType, :targetId, :division, :institution, :details, :remote)
				""")
			.param("at", java.sql.Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.param("actorId", actorId)
			.param("actorName", actorName)
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("division", entry.division() == null ? null : entry.division().value())
			.param("institution", entry.institutionId())
			.param("details", entry.details() == null ? "" : entry.details())
			.param("remote", clientAddress.current().orElse(null))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordAccess> accesses(String targetType, String targetId, Collection<String> actions, int limit) {
		if (actions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT e.occurred_at, e.action, e.actor_id, coalesce(a.display_name, e.actor_name) AS name, a.role,
				  a.division_code AS actor_division, a.institution_id AS actor_institution
				FROM platform_audit_event e LEFT JOIN platform_account a ON a.id = e.actor_id
				WHERE e.target_type = :type AND e.target_id = :id AND e.action IN (:actions)
				ORDER BY e.seq DESC LIMIT :limit
				""")
			.param("type", targetType).param("id", targetId).param("actions", List.copyOf(actions))
			.param("limit", limit)
			.query((rs, n) -> new RecordAccess(rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
					rs.getObject("actor_id", UUID.class), rs.getString("name"),
					rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
					rs.getString("actor_division") == null ? null : DivisionCode.of(rs.getString("actor_division")),
					rs.getObject("actor_institution", UUID.class)))
			.list();
	}

	/**
	 * Links the pending events (committed, not yet chained) to the chain, oldest first, in batches
	 * of {@value #BATCH}; one chainer at a time across all nodes (the others skip). Runs every
	 * second and before every verification; returns how many were linked.
	 */
	@Scheduled(cron = "${tuoyu.audit.chain-cron:* * * * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public int chain() {
		if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query(Boolean.class).single()) {
			return 0;
		}
		Link last = jdbc.sql("""
				SELECT hash, chain_position FROM platform_audit_event WHERE chain_position IS NOT NULL
				ORDER BY chain_position DESC LIMIT 1
				""").query((rs, n) -> new Link(rs.getString(1), rs.getLong(2))).optional()
			.orElse(new Link(AuditHash.GENESIS, 0));
		String previous = last.hash();
		long position = last.position();
		int linked = 0;
		List<AuditRecord> pending;
		do {
			pending = jdbc.sql("SELECT * FROM platform_audit_event WHERE hash IS NULL ORDER BY seq LIMIT :batch")
				.param("batch", BATCH).query(ROWS).list();
			List<Object[]> links = new ArrayList<>();
			for (AuditRecord row : pending) {
				String hash = AuditHash.of(previous, row.occurredAt(), row.actorId(), row.actorName(), row.action(),
						row.targetType(), row.targetId(), row.divisionCode(), row.institutionId(), row.details(),
						row.remoteAddress());
				links.add(new Object[] { previous, hash, ++position, row.seq() });
				previous = hash;
			}
			template.batchUpdate(
					"UPDATE platform_audit_event SET previous_hash = ?, hash = ?, chain_position = ? WHERE seq = ?", links);
			linked += pending.size();
		}
		while (pending.size() == BATCH);
		return linked;
	}

	/**
	 * Reads the chain in order and reports the first row whose stored hash or link to its
	 * predecessor does not match.
	 */
	@Transactional
	public AuditVerification verify() {
		chain();
		AtomicLong count = new AtomicLong();
		AtomicReference<String> previous = new AtomicReference<>(AuditHash.GENESIS);
		AtomicReference<Long> firstBad = new AtomicReference<>();
		try (var rows = jdbc.sql("SELECT * FROM platform_audit_event WHERE chain_position IS NOT NULL ORDER BY chain_position").withFetchSize(1000).query(ROWS).stream()) {
			rows.forEach(row -> {
				count.incrementAndGet();
				if (firstBad.get() == null
						&& (!row.previousHash().equals(previous.get()) || !row.hash().equals(row.expectedHash()))) {
					firstBad.set(row.seq());
				}
				previous.set(row.hash());
			});
		}
		return new AuditVerification(count.get(), firstBad.get());
	}

	/** One page of rows matching the query inside the user's scope, newest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> search(AuditQuery query, CurrentUser user) {
		StringBuilder sql = new StringBuilder("SELECT * FROM platform_audit_event WHERE true");
		Map<String, Object> params = new TreeMap<>();
		DataScope scope = user.scope();
		if (user.role() != Role.CITY_ADMIN) {
			sql.append(" AND starts_with(division_code, :scope)");
			params.put("scope", scope.division() == null ? "-" : scope.division().value());
		}
		if (hasText(query.actor())) {
			sql.append(" AND actor_name = :actor");
			params.put("actor", query.actor().trim());
		}
		if (hasText(query.action())) {
			sql.append(" AND action = :action");
			params.put("action", query.action().trim());
		}
		if (hasText(query.target())) {
			sql.append(" AND (target_id = :target OR target_type = :target)");
			params.put("target", query.target().trim());
		}
		if (query.from() != null) {
			sql.append(" AND occurred_at >= :from");
			params.put("from", java.sql.Timestamp.from(query.from().atStartOfDay(clock.getZone()).toInstant()));
		}
		if (query.to() != null) {
			sql.append(" AND occurred_at < :to");
			params.put("to", java.sql.Timestamp.from(query.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(clock.getZone()).toInstant()));
		}
		sql.append(" ORDER BY seq DESC LIMIT :limit OFFSET :offset");
		params.put("limit", AuditQuery.PAGE_SIZE + 1);
		params.put("offset", query.page() * AuditQuery.PAGE_SIZE);
		return new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(ROWS).list());
	}

	/** The distinct action names, for the filter list. */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return jdbc.sql("SELECT DISTINCT action FROM platform_audit_event ORDER BY action").query(String.class).list();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	/** The newest link of the chain: its hash and position. */
	private record Link(String hash, long position) {
	}
}
