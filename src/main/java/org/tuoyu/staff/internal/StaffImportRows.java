package org.tuoyu.staff.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.platform.PersonalDataProtection;

/**
 * Storage of pending uploads, of staff and of training records. The content holds resident ID
 * numbers: it is encrypted, and emptied as soon as the upload is confirmed, replaced by a newer one
 * of the same kind or a day old.
 */
@Repository
public class StaffImportRows {

	static final String CONTENT = "staff-import";

	private final JdbcClient jdbc;

	private final PersonalDataProtection protection;

	private final Clock clock;

	StaffImportRows(JdbcClient jdbc, PersonalDataProtection protection, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.protection = protection;
	}

	/** A stored upload: its status, the rows found valid and, when read with it, its content. */
	public record StoredImport(String status, byte[] content, List<Integer> validRows) {

		public boolean pending() {
			return "CHECKED".equals(status);
		}
	}

	/** Empties every pending upload older than a day. */
	public void discardStale() {
		jdbc.sql("""
				UPDATE staff_import SET status = 'DISCARDED', content = NULL
				WHERE status = 'CHECKED' AND created_at < :now - interval '1 day'
				""").param("now", OffsetDateTime.now(clock))
			.update();
	}

	/** Empties the account's pending uploads of a kind: a new upload of that kind replaces them. */
	public void discardPendingOf(UUID accountId, ImportKind kind) {
		jdbc.sql("""
				UPDATE staff_import SET status = 'DISCARDED', content = NULL
				WHERE status = 'CHECKED' AND account_id = :account AND kind = :kind
				""")
			.param("account", accountId)
			.param("kind", kind.name())
			.update();
	}

	/** Keeps a checked upload; one without valid rows is recorded without its content. */
	public void insert(UUID id, ImportKind kind, UUID institutionId, UUID accountId, byte[] content,
			List<Integer> validRows) {
		boolean keep = !validRows.isEmpty();
		jdbc.sql("""
				INSERT INTO staff_import (id, kind, institution_id, account_id, content, valid_rows, status, created_at)
				VALUES (:id, :kind, :institution, :account, :content, :valid, :status, :now)
				""")
			.param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.param("kind", kind.name())
			.param("institution", institutionId)
			.param("account", accountId)
			.param("content", keep ? protection.encrypt(CONTENT, Base64.getEncoder().encodeToString(content)) : null)
			.param("valid", validRows.toArray(Integer[]::new))
			.param("status", keep ? "CHECKED" : "DISCARDED")
			.update();
	}

	/** The upload of this kind, institution and uploader, with its content decrypted. */
	public Optional<StoredImport> find(UUID id, ImportKind kind, UUID institutionId, UUID accountId) {
		return owned("""
				SELECT status, content, valid_rows FROM staff_import
				WHERE id = :id AND kind = :kind AND institution_id = :institution AND account_id = :account
				""", id, kind, institutionId, accountId);
	}

	/**
	 * The upload of this kind, institution and uploader, without its content, locked until the
	 * transaction ends.
	 */
	public Optional<StoredImport> lock(UUID id, ImportKind kind, UUID institutionId, UUID accountId) {
		return owned("""
				SELECT status, NULL::bytea AS content, valid_rows FROM staff_import
				WHERE id = :id AND kind = :kind AND institution_id = :institution AND account_id = :account
				FOR UPDATE
				""", id, kind, institutionId, accountId);
	}

	private Optional<StoredImport> owned(String sql, UUID id, ImportKind kind, UUID institutionId, UUID accountId) {
		return jdbc.sql(sql)
			.param("id", id)
			.param("kind", kind.name())
			.param("institution", institutionId)
			.param("account", accountId)
			.query((rs, n) -> {
				byte[] stored = rs.getBytes("content");
				byte[] content = stored == null ? null
						: Base64.getDecoder().decode(protection.decrypt(CONTENT, stored));
				return new StoredImport(rs.getString("status"), content,
						Arrays.asList((Integer[]) rs.getArray("valid_rows").getArray()));
			})
			.optional();
	}

	/** Records the rows that are valid now, after they changed since the check. */
	public void updateValidRows(UUID id, List<Integer> validRows) {
		jdbc.sql("UPDATE staff_import SET valid_rows = :valid WHERE id = :id")
			.param("id", id)
			.param("valid", validRows.toArray(Integer[]::new))
			.update();
	}

	/** Marks an upload confirmed and drops its content. */
	public void confirmed(UUID id, int written) {
		jdbc.sql("""
				UPDATE staff_import SET status = 'CONFIRMED', content = NULL, confirmed_at = :now, written = :written
				WHERE id = :id
				""").param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.param("written", written)
			.update();
	}
}
