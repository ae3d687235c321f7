package org.tuoyu.platform.notification;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.NotificationSent;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;

/**
 * The in-app inbox on PostgreSQL. Every read and update is limited to the owner's account. Each
 * notification stored is published as {@link NotificationSent} for the outbound channels.
 */
@Service
public class JdbcInbox implements Inbox {

	private static final RowMapper<Notification> ROWS = (rs, n) -> new Notification(rs.getObject("id", UUID.class),
			rs.getString("message_key"), strings(rs.getArray("arguments")), rs.getString("link"),
			rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("read_at")));

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	JdbcInbox(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	@Transactional
	public void send(UUID accountId, String messageKey, String link, String... arguments) {
		UUID id = UuidV7.next();
		String role = jdbc.sql("""
				INSERT INTO platform_notification (id, account_id, message_key, arguments, link)
				VALUES (:id, :account, :key, :arguments, :link)
				RETURNING (SELECT role FROM platform_account WHERE id = :account)
				""")
			.param("id", id)
			.param("account", accountId)
			.param("key", messageKey)
			.param("arguments", arguments)
			.param("link", link)
			.query(String.class)
			.single();
		events.publishEvent(new NotificationSent(id, accountId, Role.valueOf(role), messageKey, Collections.unmodifiableList(Arrays.asList(arguments.clone())), link,
				clock.instant()));
	}

	@Transactional(readOnly = true)
	public long unreadCount(UUID accountId) {
		return jdbc.sql("SELECT count(*) FROM platform_notification WHERE account_id = :account AND read_at IS NULL")
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	/** The newest notifications of one account. */
	@Transactional(readOnly = true)
	public List<Notification> latest(UUID accountId, int limit) {
		return jdbc.sql("""
				SELECT * FROM platform_notification WHERE account_id = :account
				ORDER BY created_at DESC, id DESC LIMIT :limit
				""").param("account", accountId).param("limit", limit).query(ROWS).list();
	}

	/** Marks one of the owner's notifications read; another account's is not found. */
	@Transactional
	public void markRead(UUID accountId, UUID id) {
		int updated = jdbc.sql("""
				UPDATE platform_notification SET read_at = coalesce(read_at, :now)
				WHERE id = :id AND account_id = :account
				""").param("now", OffsetDateTime.now(clock)).param("id", id).param("account", accountId).update();
		if (updated == 0) {
			throw new NotFoundException("notification");
		}
	}

	@Transactional
	public void markAllRead(UUID accountId) {
		jdbc.sql("UPDATE platform_notification SET read_at = :now WHERE account_id = :account AND read_at IS NULL").param("now", OffsetDateTime.now(clock))
			.param("account", accountId)
			.update();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
