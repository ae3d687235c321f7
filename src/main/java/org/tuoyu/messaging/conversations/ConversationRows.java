package org.tuoyu.messaging.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of threads, messages, photos, read receipts and office hours. */
@Repository
class ConversationRows {

	private static final String THREAD = """
			SELECT t.id, t.institution_id, t.division_code, t.kind, t.child_id, t.guardian_account_id, t.title, t.created_at,
			  t.last_message_at
			FROM messaging_thread t
			""";

	private static final String MESSAGE = """
			SELECT m.id, m.thread_id, m.position, m.sender_account_id, m.sender_name, m.side, m.body, m.sent_at, m.withdrawn_at,
			  m.notify_at, m.notified_at
			FROM messaging_message m
			""";

	/** A thread as stored. */
	record ThreadRow(UUID id, UUID institutionId, String divisionCode, ConversationKind kind, UUID childId,
			UUID guardianAccountId, String title, OffsetDateTime createdAt, OffsetDateTime lastMessageAt) {
	}

	/** A thread as a list shows it, with the viewer's unread count and the latest message. */
	record ListedThread(ThreadRow thread, long unread, Preview last) {
	}

	/** A message as stored. */
	record MessageRow(UUID id, UUID threadId, long position, UUID senderAccountId, String senderName, Side side,
			String body, OffsetDateTime sentAt, OffsetDateTime withdrawnAt, OffsetDateTime notifyAt,
			OffsetDateTime notifiedAt) {
	}

	/** A photo as stored, with its message's thread and whether that message was withdrawn. */
	record PhotoRow(UUID id, UUID messageId, UUID threadId, String contentType, String sha256, long size,
			boolean withdrawn) {
	}

	/** A held message whose recipients are due to be told. */
	record Released(UUID messageId, UUID threadId) {
	}

	/**
	 * Which threads a user sees: every thread of an institution (its administrators), the children's
	 * threads of one institution (its caregivers: the children of their classes), or a guardian's —
	 * their children's threads anywhere and their own threads.
	 */
	record ThreadScope(UUID institutionId, boolean wholeInstitution, Collection<UUID> childIds, UUID guardianAccountId) {

		String where() {
			if (wholeInstitution) {
				return "t.institution_id = :institution";
			}
			return guardianAccountId == null ? "t.institution_id = :institution AND t.child_id = ANY(:children)"
					: "(t.child_id = ANY(:children) OR t.guardian_account_id = :guardian)";
		}

		Map<String, Object> params() {
			Map<String, Object> params = new HashMap<>();
			if (institutionId != null) {
				params.put("institution", institutionId);
			}
			if (!wholeInstitution) {
				params.put("children", childIds.toArray(UUID[]::new));
			}
			if (guardianAccountId != null) {
				params.put("guardian", guardianAccountId);
			}
			return params;
		}
	}

	private final JdbcClient jdbc;

	ConversationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates the thread unless one exists for the same institution and child (or guardian), in one
	 * statement, so concurrent first messages make one thread; returns whether this call created it.
	 */
	boolean insertThread(ThreadRow thread, UUID by) {
		String conflict = thread.kind() == ConversationKind.CHILD ? "(institution_id, child_id) WHERE child_id IS NOT NULL"
				: "(institution_id, guardian_account_id) WHERE guardian_account_id IS NOT NULL";
		return jdbc.sql("""
				INSERT INTO messaging_thread (id, institution_id, division_code, kind, child_id, guardian_account_id, title,
				  created_by, created_at)
				VALUES (:id, :institution, :division, :kind, :child, :guardian, :title, :by, :now)
				ON CONFLICT %s DO NOTHING
				""".formatted(conflict))
			.param("id", thread.id())
			.param("institution", thread.institutionId())
			.param("division", thread.divisionCode())
			.param("kind", thread.kind().name())
			.param("child", thread.childId())
			.param("guardian", thread.guardianAccountId())
			.param("title", thread.title())
			.param("by", by)
			.param("now", thread.createdAt())
			.update() == 1;
	}

	Optional<ThreadRow> thread(UUID id) {
		return jdbc.sql(THREAD + " WHERE t.id = :id").param("id", id).query(ConversationRows::thread).optional();
	}

	/** The institution's thread with a child or with a guardian account ({@code party}), by the kind. */
	Optional<ThreadRow> threadWith(UUID institutionId, ConversationKind kind, UUID party) {
		String column = kind == ConversationKind.CHILD ? "t.child_id" : "t.guardian_account_id";
		return jdbc.sql(THREAD + " WHERE t.institution_id = :institution AND " + column + " = :party")
			.param("institution", institutionId)
			.param("party", party)
			.query(ConversationRows::thread)
			.optional();
	}

	/** The threads of an institution, to show which children and guardians have one. */
	List<ThreadRow> threadsOf(UUID institutionId) {
		return jdbc.sql(THREAD + " WHERE t.institution_id = :institution")
			.param("institution", institutionId)
			.query(ConversationRows::thread)
			.list();
	}

	/** Locks the thread's row: messages and withdrawals of one thread take turns, so positions follow commits. */
	void lockThread(UUID id) {
		jdbc.sql("SELECT id FROM messaging_thread WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).single();
	}

	/** The threads in the scope, the latest conversation first, with the reader's unread counts. */
	List<ListedThread> threads(ThreadScope scope, UUID reader, Side readerSide) {
		return jdbc.sql("""
				SELECT t.id, t.institution_id, t.division_code, t.kind, t.child_id, t.guardian_account_id, t.title, t.created_at,
				  t.last_message_at,
				  (SELECT count(*) FROM messaging_message u WHERE u.thread_id = t.id AND u.side <> :side AND u.withdrawn_at IS NULL
				    AND u.position > coalesce((SELECT r.read_position FROM messaging_read r
				      WHERE r.thread_id = t.id AND r.account_id = :reader), 0)) AS unread,
				  l.sender_name AS last_sender, l.body AS last_body, l.withdrawn_at AS last_withdrawn, l.sent_at AS last_sent,
				  (SELECT count(*) FROM messaging_photo p WHERE p.message_id = l.id) AS last_photos
				FROM messaging_thread t
				LEFT JOIN LATERAL (SELECT m.id, m.sender_name, m.body, m.withdrawn_at, m.sent_at FROM messaging_message m
				  WHERE m.thread_id = t.id ORDER BY m.position DESC LIMIT 1) l ON true
				WHERE %s
				ORDER BY t.last_message_at DESC NULLS LAST, t.created_at DESC, t.id
				LIMIT 500
				""".formatted(scope.where()))
			.params(scope.params())
			.param("side", readerSide.name())
			.param("reader", reader)
			.query((rs, n) -> new ListedThread(thread(rs, n), rs.getLong("unread"),
					rs.getObject("last_sent") == null ? null
							: new Preview(rs.getString("last_sender"), rs.getString("last_body"),
									rs.getObject("last_withdrawn") != null, rs.getInt("last_photos"),
									rs.getObject("last_sent", OffsetDateTime.class))))
			.list();
	}

	/** The messages from the other side in the scope's threads that the reader has not read. */
	long unread(ThreadScope scope, UUID reader, Side readerSide) {
		return jdbc.sql("""
				SELECT count(*) FROM messaging_thread t JOIN messaging_message m ON m.thread_id = t.id
				LEFT JOIN messaging_read r ON r.thread_id = t.id AND r.account_id = :reader
				WHERE %s AND m.side <> :side AND m.withdrawn_at IS NULL AND m.position > coalesce(r.read_position, 0)
				""".formatted(scope.where()))
			.params(scope.params())
			.param("side", readerSide.name())
			.param("reader", reader)
			.query(Long.class)
			.single();
	}

	/** The reader's unread messages in one thread. */
	long unreadIn(UUID threadId, UUID reader, Side readerSide) {
		return jdbc.sql("""
				SELECT count(*) FROM messaging_message m
				WHERE m.thread_id = :thread AND m.side <> :side AND m.withdrawn_at IS NULL
				  AND m.position > coalesce((SELECT r.read_position FROM messaging_read r
				    WHERE r.thread_id = :thread AND r.account_id = :reader), 0)
				""").param("thread", threadId).param("side", readerSide.name()).param("reader", reader).query(Long.class).single();
	}

	/** Stores a message and returns its position in the thread. */
	long insertMessage(UUID id, UUID threadId, UUID sender, String senderName, Side side, String body,
			OffsetDateTime sentAt, OffsetDateTime notifyAt, OffsetDateTime notifiedAt) {
		long position = jdbc.sql("""
				INSERT INTO messaging_message (id, thread_id, sender_account_id, sender_name, side, body, sent_at, notify_at,
				  notified_at)
				VALUES (:id, :thread, :sender, :name, :side, :body, :sent, :notify, :notified)
				RETURNING position
				""")
			.param("id", id)
			.param("thread", threadId)
			.param("sender", sender)
			.param("name", senderName)
			.param("side", side.name())
			.param("body", body)
			.param("sent", sentAt)
			.param("notify", notifyAt)
			.param("notified", notifiedAt)
			.query(Long.class)
			.single();
		jdbc.sql("UPDATE messaging_thread SET last_message_at = :sent WHERE id = :thread")
			.param("sent", sentAt)
			.param("thread", threadId)
			.update();
		return position;
	}

	void insertPhoto(UUID id, UUID messageId, int ordinal, String contentType, String sha256, long size, String fileName) {
		jdbc.sql("""
				INSERT INTO messaging_photo (id, message_id, ordinal, content_type, sha256, size_bytes, file_name)
				VALUES (:id, :message, :ordinal, :type, :sha, :size, :name)
				""")
			.param("id", id)
			.param("message", messageId)
			.param("ordinal", ordinal)
			.param("type", contentType)
			.param("sha", sha256)
			.param("size", size)
			.param("name", fileName)
			.update();
	}

	Optional<MessageRow> message(UUID threadId, UUID messageId) {
		return jdbc.sql(MESSAGE + " WHERE m.id = :id AND m.thread_id = :thread")
			.param("id", messageId)
			.param("thread", threadId)
			.query(ConversationRows::message)
			.optional();
	}

	/** Up to {@code limit} messages of the thread before the position, the newest of them, oldest first. */
	List<MessageRow> messages(UUID threadId, long before, int limit) {
		return jdbc.sql("SELECT * FROM (" + MESSAGE + """
				WHERE m.thread_id = :thread AND m.position < :before ORDER BY m.position DESC LIMIT :limit
				) page ORDER BY position
				""").param("thread", threadId).param("before", before).param("limit", limit)
			.query(ConversationRows::message)
			.list();
	}

	/** The photos of the messages, in order. */
	List<PhotoRow> photosOf(Collection<UUID> messageIds) {
		if (messageIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT p.id, p.message_id, m.thread_id, p.content_type, p.sha256, p.size_bytes, m.withdrawn_at IS NOT NULL AS withdrawn
				FROM messaging_photo p JOIN messaging_message m ON m.id = p.message_id
				WHERE p.message_id = ANY(:messages) ORDER BY p.message_id, p.ordinal
				""").param("messages", messageIds.toArray(UUID[]::new)).query(ConversationRows::photo).list();
	}

	Optional<PhotoRow> photo(UUID id) {
		return jdbc.sql("""
				SELECT p.id, p.message_id, m.thread_id, p.content_type, p.sha256, p.size_bytes, m.withdrawn_at IS NOT NULL AS withdrawn
				FROM messaging_photo p JOIN messaging_message m ON m.id = p.message_id WHERE p.id = :id
				""").param("id", id).query(ConversationRows::photo).optional();
	}

	/** Marks a message withdrawn; recipients not told yet are never told. */
	void withdraw(UUID messageId, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE messaging_message SET withdrawn_at = :now,
				  notify_at = CASE WHEN notified_at IS NULL THEN NULL ELSE notify_at END
				WHERE id = :id
				""").param("id", messageId).param("now", now).update();
	}

	/** The furthest position each side has read in the thread. */
	Map<Side, Long> readPositions(UUID threadId) {
		Map<Side, Long> positions = new HashMap<>();
		jdbc.sql("SELECT side, max(read_position) AS position FROM messaging_read WHERE thread_id = :thread GROUP BY side")
			.param("thread", threadId)
			.query(rs -> {
				positions.put(Side.valueOf(rs.getString("side")), rs.getLong("position"));
			});
		return positions;
	}

	/** Records that the account has read the thread up to its latest message (never moving back). */
	void markRead(UUID threadId, UUID account, Side side, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO messaging_read (thread_id, account_id, side, read_position, read_at)
				SELECT :thread, :account, :side, coalesce(max(m.position), 0), :now FROM messaging_message m
				WHERE m.thread_id = :thread
				ON CONFLICT (thread_id, account_id) DO UPDATE
				  SET read_position = greatest(messaging_read.read_position, excluded.read_position), read_at = excluded.read_at
				""").param("thread", threadId).param("account", account).param("side", side.name()).param("now", now).update();
	}

	/**
	 * Marks the held messages due by now (not withdrawn) as told and returns them, in one statement,
	 * so each is released once even when several nodes run the job.
	 */
	List<Released> claimDue(OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE messaging_message SET notified_at = :now
				WHERE notified_at IS NULL AND notify_at <= :now AND withdrawn_at IS NULL
				RETURNING id, thread_id
				""")
			.param("now", now)
			.query((rs, n) -> new Released(rs.getObject("id", UUID.class), rs.getObject("thread_id", UUID.class)))
			.list();
	}

	Optional<OfficeHours> officeHours(UUID institutionId) {
		return jdbc.sql("SELECT days, opens, closes FROM messaging_office_hours WHERE institution_id = :institution")
			.param("institution", institutionId)
			.query((rs, n) -> new OfficeHours(days(rs.getArray("days").getArray()), rs.getObject("opens", LocalTime.class),
					rs.getObject("closes", LocalTime.class)))
			.optional();
	}

	void saveOfficeHours(UUID institutionId, OfficeHours hours, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO messaging_office_hours (institution_id, days, opens, closes, updated_by, updated_at)
				VALUES (:institution, :days, :opens, :closes, :by, :now)
				ON CONFLICT (institution_id) DO UPDATE SET days = excluded.days, opens = excluded.opens,
				  closes = excluded.closes, updated_by = excluded.updated_by, updated_at = excluded.updated_at
				""")
			.param("institution", institutionId)
			.param("days", hours.days().stream().map(d -> (short) d.getValue()).sorted().toArray(Short[]::new))
			.param("opens", hours.opens())
			.param("closes", hours.closes())
			.param("by", by)
			.param("now", now)
			.update();
	}

	private static Set<DayOfWeek> days(Object array) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream((Object[]) array).map(d -> DayOfWeek.of(((Number) d).intValue())).forEach(days::add);
		return days;
	}

	private static ThreadRow thread(ResultSet rs, int n) throws SQLException {
		return new ThreadRow(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
				rs.getString("division_code"), ConversationKind.valueOf(rs.getString("kind")),
				rs.getObject("child_id", UUID.class), rs.getObject("guardian_account_id", UUID.class), rs.getString("title"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_message_at", OffsetDateTime.class));
	}

	private static MessageRow message(ResultSet rs, int n) throws SQLException {
		return new MessageRow(rs.getObject("id", UUID.class), rs.getObject("thread_id", UUID.class), rs.getLong("position"),
				rs.getObject("sender_account_id", UUID.class), rs.getString("sender_name"), Side.valueOf(rs.getString("side")),
				rs.getString("body"), rs.getObject("sent_at", OffsetDateTime.class),
				rs.getObject("withdrawn_at", OffsetDateTime.class), rs.getObject("notify_at", OffsetDateTime.class),
				rs.getObject("notified_at", OffsetDateTime.class));
	}

	private static PhotoRow photo(ResultSet rs, int n) throws SQLException {
		return new PhotoRow(rs.getObject("id", UUID.class), rs.getObject("message_id", UUID.class),
				rs.getObject("thread_id", UUID.class), rs.getString("content_type"), rs.getString("sha256"),
				rs.getLong("size_bytes"), rs.getBoolean("withdrawn"));
	}
}
