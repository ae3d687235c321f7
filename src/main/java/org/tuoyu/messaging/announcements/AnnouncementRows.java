package org.tuoyu.messaging.announcements;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of announcements, the families they were published to and their guardians' read receipts. */
@Repository
class AnnouncementRows {

	private static final String ANNOUNCEMENT = """
			SELECT a.id, a.institution_id, a.division_code, a.audience, a.class_id, a.class_name, a.title, a.body,
			  a.acknowledgement_required, a.author_account_id, a.author_name, a.published_at, a.reminders, a.last_reminded_at
			FROM messaging_announcement a
			""";

	/** Which announcements a publisher follows: the institution's, or those to their classes and their own. */
	private static final String SCOPE = """
			a.institution_id = :institution AND (:all OR a.class_id = ANY(:classes) OR a.author_account_id = :me)
			""";

	private static final String SUMMARY = """
			SELECT a.id, a.audience, a.class_name, a.title, a.acknowledgement_required, a.author_name, a.published_at,
			  (SELECT count(*) FROM messaging_announcement_family f WHERE f.announcement_id = a.id) AS families,
			  (SELECT count(DISTINCT r.child_id) FROM messaging_announcement_reader r
			    WHERE r.announcement_id = a.id AND r.read_at IS NOT NULL) AS read,
			  (SELECT count(*) FROM messaging_announcement_family f
			    WHERE f.announcement_id = a.id AND f.acknowledged_at IS NOT NULL) AS acknowledged
			FROM messaging_announcement a
			""";

	/** An announcement as stored. */
	record AnnouncementRow(UUID id, UUID institutionId, String divisionCode, Audience audience, UUID classId,
			String className, String title, String body, boolean acknowledgementRequired, UUID authorAccountId,
			String authorName, OffsetDateTime publishedAt, int reminders, OffsetDateTime lastRemindedAt) {
	}

	/** A family an announcement went to, with its acknowledgement. */
	record FamilyRow(UUID childId, String childName, UUID classId, String className, OffsetDateTime acknowledgedAt,
			String acknowledgedByName) {
	}

	/** A guardian an announcement went to through a child, and when they opened it. */
	record ReaderRow(UUID childId, UUID guardianAccountId, String guardianName, OffsetDateTime readAt) {
	}

	/** An announcement a guardian received, with the guardian's read receipt and the family's acknowledgement. */
	record ReceivedRow(UUID id, UUID institutionId, String title, String body, String authorName,
			OffsetDateTime publishedAt, boolean acknowledgementRequired, boolean read, OffsetDateTime acknowledgedAt,
			String acknowledgedByName, List<String> childNames) {
	}

	private static final RowMapper<ReceivedRow> RECEIVED = (rs, n) -> new ReceivedRow(rs.getObject("id", UUID.class),
			rs.getObject("institution_id", UUID.class), rs.getString("title"), rs.getString("body"),
			rs.getString("author_name"), rs.getObject("published_at", OffsetDateTime.class),
			rs.getBoolean("acknowledgement_required"), rs.getBoolean("read"),
			rs.getObject("acknowledged_at", OffsetDateTime.class), rs.getString("acknowledged_by_name"),
			List.of((String[]) rs.getArray("child_names").getArray()));

	/** Who follows: the publisher's institution, whether all of it, their classes and their account. */
	record Follower(UUID institutionId, boolean all, Collection<UUID> classIds, UUID accountId) {
	}

	private final JdbcClient jdbc;

	AnnouncementRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AnnouncementRow a) {
		jdbc.sql("""
				INSERT INTO messaging_announcement (id, institution_id, division_code, audience, class_id, class_name, title,
				  body, acknowledgement_required, author_account_id, author_name, published_at)
				VALUES (:id, :institution, :division, :audience, :class, :className, :title, :body, :ack, :author,
				  :authorName, :published)
				""")
			.param("id", a.id())
			.param("institution", a.institutionId())
			.param("division", a.divisionCode())
			.param("audience", a.audience().name())
			.param("class", a.classId())
			.param("className", a.className())
			.param("title", a.title())
			.param("body", a.body())
			.param("ack", a.acknowledgementRequired())
			.param("author", a.authorAccountId())
			.param("authorName", a.authorName())
			.param("published", a.publishedAt())
			.update();
	}

	/** The families of a new announcement, in one statement. */
	void insertFamilies(AnnouncementRow a, List<FamilyRow> families) {
		jdbc.sql("""
				INSERT INTO messaging_announcement_family (announcement_id, child_id, institution_id, division_code, child_name,
				  class_id, class_name)
				SELECT :id, f.child, :institution, :division, f.name, f.class, f.class_name
				FROM unnest(:children, :names, :classes, :classNames) AS f (child, name, class, class_name)
				""")
			.param("id", a.id())
			.param("institution", a.institutionId())
			.param("division", a.divisionCode())
			.param("children", families.stream().map(FamilyRow::childId).toArray(UUID[]::new))
			.param("names", families.stream().map(FamilyRow::childName).toArray(String[]::new))
			.param("classes", families.stream().map(FamilyRow::classId).toArray(UUID[]::new))
			.param("classNames", families.stream().map(FamilyRow::className).toArray(String[]::new))
			.update();
	}

	/** The guardians of a new announcement's families, in one statement. */
	void insertReaders(AnnouncementRow a, List<ReaderRow> readers) {
		jdbc.sql("""
				INSERT INTO messaging_announcement_reader (announcement_id, child_id, guardian_account_id, institution_id,
				  division_code, guardian_name)
				SELECT :id, r.child, r.guardian, :institution, :division, r.name
				FROM unnest(:children, :guardians, :names) AS r (child, guardian, name)
				""")
			.param("id", a.id())
			.param("institution", a.institutionId())
			.param("division", a.divisionCode())
			.param("children", readers.stream().map(ReaderRow::childId).toArray(UUID[]::new))
			.param("guardians", readers.stream().map(ReaderRow::guardianAccountId).toArray(UUID[]::new))
			.param("names", readers.stream().map(ReaderRow::guardianName).toArray(String[]::new))
			.update();
	}

	/** The announcement if the publisher follows it. */
	Optional<AnnouncementRow> followed(Follower follower, UUID id, boolean lock) {
		return jdbc.sql(ANNOUNCEMENT + "WHERE a.id = :id AND " + SCOPE + (lock ? " FOR UPDATE" : ""))
			.param("id", id)
			.params(params(follower))
			.query(AnnouncementRow.class)
			.optional();
	}

	/** The announcements a publisher follows, newest first, with their families' counts. */
	List<AnnouncementSummary> summaries(Follower follower) {
		return jdbc.sql(SUMMARY + "WHERE " + SCOPE + "ORDER BY a.published_at DESC, a.id DESC LIMIT 200")
			.params(params(follower))
			.query(AnnouncementSummary.class)
			.list();
	}

	/** One announcement's summary (the caller has checked it is followed). */
	AnnouncementSummary summary(UUID id) {
		return jdbc.sql(SUMMARY + "WHERE a.id = :id").param("id", id).query(AnnouncementSummary.class).single();
	}

	List<FamilyRow> families(UUID id) {
		return jdbc.sql("""
				SELECT child_id, child_name, class_id, class_name, acknowledged_at, acknowledged_by_name
				FROM messaging_announcement_family WHERE announcement_id = :id
				ORDER BY class_name NULLS LAST, child_name, child_id
				""").param("id", id).query(FamilyRow.class).list();
	}

	List<ReaderRow> readers(UUID id) {
		return jdbc.sql("""
				SELECT child_id, guardian_account_id, guardian_name, read_at
				FROM messaging_announcement_reader WHERE announcement_id = :id
				ORDER BY guardian_name, guardian_account_id
				""").param("id", id).query(ReaderRow.class).list();
	}

	/** The announcements a guardian received (one row each, however many of their children), unread first. */
	List<ReceivedRow> received(UUID guardian, UUID id) {
		return jdbc.sql("""
				SELECT a.id, a.institution_id, a.title, a.body, a.author_name, a.published_at, a.acknowledgement_required,
				  bool_or(r.read_at IS NOT NULL) AS read,
				  min(f.acknowledged_at) AS acknowledged_at, min(f.acknowledged_by_name) AS acknowledged_by_name,
				  array_agg(f.child_name ORDER BY f.child_name) AS child_names
				FROM messaging_announcement_reader r
				JOIN messaging_announcement a ON a.id = r.announcement_id
				JOIN messaging_announcement_family f ON f.announcement_id = r.announcement_id AND f.child_id = r.child_id
				WHERE r.guardian_account_id = :guardian AND (CAST(:id AS uuid) IS NULL OR a.id = :id)
				GROUP BY a.id
				ORDER BY bool_or(r.read_at IS NOT NULL), a.published_at DESC, a.id DESC
				LIMIT 200
				""").param("guardian", guardian).param("id", id).query(RECEIVED).list();
	}

	/** Marks the announcement read by the guardian (the first opening counts); returns the rows changed. */
	int markRead(UUID id, UUID guardian, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE messaging_announcement_reader SET read_at = :now
				WHERE announcement_id = :id AND guardian_account_id = :guardian AND read_at IS NULL
				""").param("now", now).param("id", id).param("guardian", guardian).update();
	}

	/** The guardian's families of the announcement confirm they have taken note; returns the families changed. */
	int acknowledge(UUID id, UUID guardian, String name, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE messaging_announcement_family f
				SET acknowledged_at = :now, acknowledged_by = :guardian, acknowledged_by_name = :name
				WHERE f.announcement_id = :id AND f.acknowledged_at IS NULL
				  AND f.child_id IN (SELECT r.child_id FROM messaging_announcement_reader r
				    WHERE r.announcement_id = :id AND r.guardian_account_id = :guardian)
				""").param("now", now).param("guardian", guardian).param("name", name).param("id", id).update();
	}

	/** The announcements the guardian has not opened. */
	long unread(UUID guardian) {
		return jdbc.sql("""
				SELECT count(DISTINCT announcement_id) FROM messaging_announcement_reader
				WHERE guardian_account_id = :guardian AND read_at IS NULL
				""").param("guardian", guardian).query(Long.class).single();
	}

	void recordReminder(UUID id, OffsetDateTime now) {
		jdbc.sql("UPDATE messaging_announcement SET reminders = reminders + 1, last_reminded_at = :now WHERE id = :id")
			.param("now", now)
			.param("id", id)
			.update();
	}

	private static Map<String, Object> params(Follower follower) {
		return Map.of("institution", follower.institutionId(), "all", follower.all(), "classes",
				follower.classIds().toArray(UUID[]::new), "me", follower.accountId());
	}
}
