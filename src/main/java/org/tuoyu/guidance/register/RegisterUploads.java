package org.tuoyu.guidance.register;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.platform.PersonalDataProtection;

/**
 * Uploads of the register between their check and their confirmation. The content holds resident
 * ID and phone numbers: it is encrypted, and emptied as soon as the upload is confirmed, replaced
 * by the uploader's next one or a day old.
 */
@Repository
class RegisterUploads {

	static final String CONTENT = "guidance-register-import";

	private final JdbcClient jdbc;

	private final PersonalDataProtection protection;

	private final Clock clock;

	RegisterUploads(JdbcClient jdbc, PersonalDataProtection protection, Clock clock) {
		this.jdbc = jdbc;
		this.protection = protection;
		this.clock = clock;
	}

	/** A stored upload: whether it waits for confirmation, its valid rows when checked and its content. */
	record Upload(boolean pending, int validRows, String validDigest, byte[] content) {
	}

	/** Empties every pending upload older than a day. */
	int discardStale() {
		return jdbc.sql("""
				UPDATE guidance_register_import SET status = 'DISCARDED', content = NULL
				WHERE status = 'CHECKED' AND created_at < :now - interval '1 day'
				""").param("now", OffsetDateTime.now(clock)).update();
	}

	/** Empties the account's pending uploads: a new upload replaces them. */
	void discardPendingOf(UUID accountId) {
		jdbc.sql("""
				UPDATE guidance_register_import SET status = 'DISCARDED', content = NULL
				WHERE status = 'CHECKED' AND account_id = :account
				""").param("account", accountId).update();
	}

	/** Keeps a checked upload; one without valid rows is recorded without its content. */
	void insert(UUID id, UUID accountId, String division, String fileName, byte[] content, int rowsRead, int validRows,
			String validDigest) {
		boolean keep = validRows > 0;
		jdbc.sql("""
				INSERT INTO guidance_register_import (id, account_id, division_code, file_name, content, rows_read,
				  valid_rows, valid_digest, status, created_at)
				VALUES (:id, :account, :division, :file, :content, :rows, :valid, :digest, :status, :now)
				""")
			.param("id", id)
			.param("account", accountId)
			.param("division", division)
			.param("file", fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 200)))
			.param("content", keep ? protection.encrypt(CONTENT, Base64.getEncoder().encodeToString(content)) : null)
			.param("rows", rowsRead)
			.param("valid", validRows)
			.param("digest", validDigest)
			.param("status", keep ? "CHECKED" : "DISCARDED")
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	/** The uploader's own upload with its content decrypted. */
	Optional<Upload> find(UUID id, UUID accountId) {
		return jdbc.sql("""
				SELECT status, valid_rows, valid_digest, content FROM guidance_register_import
				WHERE id = :id AND account_id = :account
				""")
			.param("id", id)
			.param("account", accountId)
			.query((rs, n) -> {
				byte[] stored = rs.getBytes("content");
				return new Upload("CHECKED".equals(rs.getString("status")), rs.getInt("valid_rows"),
						rs.getString("valid_digest"),
						stored == null ? null : Base64.getDecoder().decode(protection.decrypt(CONTENT, stored)));
			})
			.optional();
	}

	/** Whether the uploader's upload still waits for confirmation, locked until the transaction ends. */
	boolean lockPending(UUID id, UUID accountId) {
		return jdbc.sql("""
				SELECT status = 'CHECKED' FROM guidance_register_import WHERE id = :id AND account_id = :account FOR UPDATE
				""")
			.param("id", id)
			.param("account", accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Records the rows that are valid now, after they changed since the check. */
	void revalidated(UUID id, int validRows, String validDigest) {
		jdbc.sql("UPDATE guidance_register_import SET valid_rows = :valid, valid_digest = :digest WHERE id = :id")
			.param("id", id)
			.param("valid", validRows)
			.param("digest", validDigest)
			.update();
	}

	/** Marks an upload confirmed and drops its content. */
	void confirmed(UUID id, int written) {
		jdbc.sql("""
				UPDATE guidance_register_import SET status = 'CONFIRMED', content = NULL, confirmed_at = :now,
				  written = :written
				WHERE id = :id
				""")
			.param("id", id)
			.param("written", written)
			.param("now", OffsetDateTime.now(clock))
			.update();
	}
}
