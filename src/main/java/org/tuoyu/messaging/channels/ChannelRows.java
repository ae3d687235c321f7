package org.tuoyu.messaging.channels;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The guardians' channel preferences and the outbox of deliveries. Each statement stands alone (no
 * transaction is held while a gateway answers): a delivery is claimed by one statement that moves
 * its next attempt past the attempt's lease, so one node sends it, and a node that dies mid-way
 * leaves it to be claimed again when the lease ends.
 */
@Repository
class ChannelRows {

	/** A delivery claimed for an attempt. */
	record DeliveryRow(UUID id, UUID accountId, NotificationKind kind, String text, String link, OffsetDateTime createdAt,
			int attempts) {
	}

	private static final String CLAIMED = "RETURNING id, account_id, kind, text, link, created_at, attempts";

	private final JdbcClient jdbc;

	ChannelRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ChannelPreferences> preferences(UUID account) {
		return jdbc.sql("""
				SELECT messages, daily_summary, announcements, photos, others, quiet_hours, quiet_from, quiet_until
				FROM messaging_channel_preference WHERE account_id = :account
				""").param("account", account).query(ChannelPreferences.class).optional();
	}

	void savePreferences(UUID account, ChannelPreferences p, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO messaging_channel_preference (account_id, messages, daily_summary, announcements, photos, others,
				  quiet_hours, quiet_from, quiet_until, updated_at)
				VALUES (:account, :messages, :daily, :announcements, :photos, :others, :quiet, :from, :until, :now)
				ON CONFLICT (account_id) DO UPDATE SET messages = excluded.messages, daily_summary = excluded.daily_summary,
				  announcements = excluded.announcements, photos = excluded.photos, others = excluded.others,
				  quiet_hours = excluded.quiet_hours, quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
				  updated_at = excluded.updated_at
				""")
			.param("account", account)
			.param("messages", p.messages())
			.param("daily", p.dailySummary())
			.param("announcements", p.announcements())
			.param("photos", p.photos())
			.param("others", p.others())
			.param("quiet", p.quietHours())
			.param("from", p.quietFrom())
			.param("until", p.quietUntil())
			.param("now", now)
			.update();
	}

	/** Puts a notification in the outbox once (a repeated event adds nothing); returns whether it was added. */
	boolean enqueue(UUID id, UUID notificationId, UUID account, NotificationKind kind, String text, String link,
			Instant createdAt, Instant dueAt) {
		return jdbc.sql("""
				INSERT INTO messaging_channel_delivery (id, notification_id, account_id, kind, text, link, status, created_at,
				  due_at, next_attempt_at)
				VALUES (:id, :notification, :account, :kind, :text, :link, 'PENDING', :created, :due, :due)
				ON CONFLICT (notification_id) DO NOTHING
				""")
			.param("id", id)
			.param("notification", notificationId)
			.param("account", account)
			.param("kind", kind.name())
			.param("text", text)
			.param("link", link)
			.param("created", at(createdAt))
			.param("due", at(dueAt))
			.update() == 1;
	}

	/** Claims one pending delivery that is due, for an attempt until {@code leaseEnd}. */
	Optional<DeliveryRow> claim(UUID id, Instant now, Instant leaseEnd) {
		return jdbc.sql("""
				UPDATE messaging_channel_delivery SET attempts = attempts + 1, next_attempt_at = :lease
				WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now
				""" + CLAIMED)
			.param("id", id)
			.param("now", at(now))
			.param("lease", at(leaseEnd))
			.query(DeliveryRow.class)
			.optional();
	}

	/** Claims up to {@code limit} due deliveries, the longest waiting first, skipping those another node holds. */
	List<DeliveryRow> claimDue(int limit, Instant now, Instant leaseEnd) {
		return jdbc.sql("""
				UPDATE messaging_channel_delivery SET attempts = attempts + 1, next_attempt_at = :lease
				WHERE id IN (SELECT id FROM messaging_channel_delivery
				  WHERE status = 'PENDING' AND next_attempt_at <= :now
				  ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
				""" + CLAIMED)
			.param("now", at(now))
			.param("lease", at(leaseEnd))
			.param("limit", limit)
			.query(DeliveryRow.class)
			.list();
	}

	void sent(UUID id, Instant now) {
		jdbc.sql("UPDATE messaging_channel_delivery SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id")
			.param("now", at(now))
			.param("id", id)
			.update();
	}

	void retry(UUID id, Instant next, String error) {
		jdbc.sql("UPDATE messaging_channel_delivery SET next_attempt_at = :next, last_error = :error WHERE id = :id")
			.param("next", at(next))
			.param("error", error)
			.param("id", id)
			.update();
	}

	void failed(UUID id, String error) {
		jdbc.sql("UPDATE messaging_channel_delivery SET status = 'FAILED', last_error = :error WHERE id = :id")
			.param("error", error)
			.param("id", id)
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
