package org.tuoyu.attendance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DeviceTokens;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.SecretTokens;
import org.tuoyu.platform.Sha256;
import org.tuoyu.platform.UuidV7;

/**
 * Gate devices (card or face terminals) of an institution: its administrator creates one with a
 * token shown exactly once and revokes it; the token signs the device in on the device API, in
 * its institution's scope only. Tokens are stored as SHA-256 hashes.
 */
@Service
public class GateDevices implements DeviceTokens {

	private static final int MAX_ACTIVE = 20;

	private static final long REMEMBER_SECONDS = 60;

	private final Map<String, Remembered> known = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	GateDevices(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Creates a device of the administrator's institution; returns its token, shown once. */
	@Transactional
	public String create(CurrentUser user, String name) {
		UUID institution = administered(user);
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 40) {
			throw new BusinessRuleException("name", "attendance.device.nameLength", 40);
		}
		long active = jdbc.sql("SELECT count(*) FROM attendance_device WHERE institution_id = :i AND revoked_at IS NULL")
			.param("i", institution).query(Long.class).single();
		if (active >= MAX_ACTIVE) {
			throw new BusinessRuleException("name", "attendance.device.tooMany", MAX_ACTIVE);
		}
		String secret = SecretTokens.generate(PREFIX);
		UUID id = UuidV7.next();
		jdbc.sql("""
				INSERT INTO attendance_device (id, institution_id, name, token_hash, token_prefix, created_by)
				VALUES (:id, :institution, :name, :hash, :prefix, :by)
				""").param("id", id).param("institution", institution).param("name", trimmed)
			.param("hash", Sha256.hex(secret)).param("prefix", secret.substring(0, PREFIX.length() + 4))
			.param("by", user.accountId()).update();
		audit.record(AuditEntry.of("attendance.device.create", "device", id).withDetails(trimmed));
		return secret;
	}

	/** The devices of the user's institution, newest first. */
	@Transactional(readOnly = true)
	public List<GateDevice> list(CurrentUser user) {
		UUID institution = user.scope().institutionId();
		if (institution == null || !user.role().isInstitutionStaff()) {
			throw new NotFoundException("devices");
		}
		return jdbc.sql("""
				SELECT id, name, token_prefix, created_at, last_used_at, revoked_at FROM attendance_device
				WHERE institution_id = :i ORDER BY created_at DESC
				""").param("i", institution)
			.query((rs, n) -> new GateDevice(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("token_prefix"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("last_used_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class)))
			.list();
	}

	/** Revokes a device of the administrator's institution at once. */
	@Transactional
	public void revoke(CurrentUser user, UUID deviceId) {
		UUID institution = administered(user);
		if (jdbc.sql("""
				UPDATE attendance_device SET revoked_at = :now WHERE id = :id AND institution_id = :i AND revoked_at IS NULL
				""").param("now", OffsetDateTime.now(clock)).param("id", deviceId).param("i", institution).update() == 0) {
			throw new NotFoundException("device");
		}
		known.values().removeIf(remembered -> remembered.device().id().equals(deviceId));
		audit.record(AuditEntry.of("attendance.device.revoke", "device", deviceId));
	}

	/**
	 * The device of a token. A device found is remembered for {@value #REMEMBER_SECONDS} seconds, so a
	 * busy gate costs no database round trip per tap; a revocation forgets it at once on this node and
	 * within that time on the others.
	 */
	@Override
	public Optional<Device> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String hash = Sha256.hex(secret);
		Remembered remembered = known.get(hash);
		if (remembered != null && remembered.until() > System.nanoTime()) {
			return Optional.of(remembered.device());
		}
		Optional<Device> device = jdbc.sql("""
				SELECT id, institution_id, name FROM attendance_device WHERE token_hash = :hash AND revoked_at IS NULL
				""").param("hash", hash)
			.query((rs, n) -> new Device(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
					rs.getString("name")))
			.optional();
		if (device.isEmpty()) {
			known.remove(hash);
			return device;
		}
		// last use is kept to about the minute: a busy gate does not write on every tap
		jdbc.sql("UPDATE attendance_device SET last_used_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock)).param("id", device.get().id()).update();
		known.put(hash, new Remembered(device.get(), System.nanoTime() + REMEMBER_SECONDS * 1_000_000_000L));
		return device;
	}

	/** A device found by its token, until when it is trusted without asking the database again. */
	private record Remembered(Device device, long until) {
	}

	private static UUID administered(CurrentUser user) {
		if (user.role() != Role.INSTITUTION_ADMIN || user.scope().institutionId() == null) {
			throw new NotFoundException("devices");
		}
		return user.scope().institutionId();
	}
}
