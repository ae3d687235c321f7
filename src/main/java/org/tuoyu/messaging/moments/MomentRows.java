package org.tuoyu.messaging.moments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of moments, their tagged children and photos. Whether a tag counts is read in the same
 * statement as the moments, from the family's consents in force ({@code family_consent}), so a withdrawn
 * consent takes effect at once and pages stay exact.
 */
@Repository
class MomentRows {

	private static final String MOMENT = """
			SELECT m.id, m.institution_id, m.note, m.posted_by, m.posted_by_name, m.posted_at, m.withdrawn_at
			FROM messaging_moment m
			""";

	/** A tag that counts: the child's photo consent is in force. */
	private static final String CONSENTED = """
			JOIN family_consent c ON c.child_id = t.child_id AND c.kind = 'PHOTOS' AND c.withdrawn_at IS NULL
			""";

	/** Before the moment {@code :before} in the feed's order (newest first). */
	private static final String BEFORE = """
			AND (m.posted_at, m.id) < (SELECT b.posted_at, b.id FROM messaging_moment b WHERE b.id = :before)
			""";

	/** A moment. */
	record MomentRow(UUID id, UUID institutionId, String note, UUID postedBy, String postedByName, OffsetDateTime postedAt,
			OffsetDateTime withdrawnAt) {
	}

	/** A child tagged in a moment whose photo consent is in force. */
	record TagRow(UUID momentId, UUID childId, String name) {
	}

	/** A photo of a moment with its files. */
	record PhotoRow(UUID id, UUID momentId, int ordinal, String contentType, String sha256, long size, int width,
			int height, String thumbnailSha256, long thumbnailSize, String fileName) {
	}

	private final JdbcClient jdbc;

	MomentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertMoment(MomentRow moment, String division) {
		jdbc.sql("""
				INSERT INTO messaging_moment (id, institution_id, division_code, note, posted_by, posted_by_name, posted_at)
				VALUES (:id, :institution, :division, :note, :by, :name, :at)
				""")
			.param("id", moment.id())
			.param("institution", moment.institutionId())
			.param("division", division)
			.param("note", moment.note())
			.param("by", moment.postedBy())
			.param("name", moment.postedByName())
			.param("at", moment.postedAt())
			.update();
	}

	void insertChildren(UUID momentId, Collection<UUID> childIds) {
		jdbc.sql("INSERT INTO messaging_moment_child (moment_id, child_id) SELECT :moment, unnest(CAST(:children AS uuid[]))")
			.param("moment", momentId)
			.param("children", childIds.toArray(UUID[]::new))
			.update();
	}

	void insertPhoto(PhotoRow photo) {
		jdbc.sql("""
				INSERT INTO messaging_moment_photo (id, moment_id, ordinal, content_type, sha256, size_bytes, width, height,
				  thumbnail_sha256, thumbnail_bytes, file_name)
				VALUES (:id, :moment, :ordinal, :type, :sha, :size, :width, :height, :thumb, :thumbSize, :name)
				""")
			.param("id", photo.id())
			.param("moment", photo.momentId())
			.param("ordinal", photo.ordinal())
			.param("type", photo.contentType())
			.param("sha", photo.sha256())
			.param("size", photo.size())
			.param("width", photo.width())
			.param("height", photo.height())
			.param("thumb", photo.thumbnailSha256())
			.param("thumbSize", photo.thumbnailSize())
			.param("name", photo.fileName())
			.update();
	}

	/**
	 * A page of an institution's moments, newest first, that tag at least one child with photo consent
	 * among {@code children} (every child when {@code null}).
	 */
	List<MomentRow> institutionFeed(UUID institutionId, UUID[] children, UUID before, int limit) {
		String sql = MOMENT + """
				WHERE m.institution_id = :institution AND m.withdrawn_at IS NULL
				  AND EXISTS (SELECT 1 FROM messaging_moment_child t
				""" + CONSENTED + " WHERE t.moment_id = m.id" + (children == null ? "" : " AND t.child_id = ANY(:children)")
				+ ")\n" + (before == null ? "" : BEFORE) + "ORDER BY m.posted_at DESC, m.id DESC LIMIT :limit";
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("institution", institutionId).param("limit", limit);
		if (children != null) {
			statement = statement.param("children", children);
		}
		if (before != null) {
			statement = statement.param("before", before);
		}
		return statement.query(MomentRows::moment).list();
	}

	/** A page of the moments, at any institution, that tag one of the children with photo consent, newest first. */
	List<MomentRow> childrenFeed(UUID[] children, UUID before, int limit) {
		String sql = MOMENT + """
				WHERE m.withdrawn_at IS NULL
				  AND m.id IN (SELECT t.moment_id FROM messaging_moment_child t
				""" + CONSENTED + " WHERE t.child_id = ANY(:children))\n" + (before == null ? "" : BEFORE)
				+ "ORDER BY m.posted_at DESC, m.id DESC LIMIT :limit";
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("children", children).param("limit", limit);
		if (before != null) {
			statement = statement.param("before", before);
		}
		return statement.query(MomentRows::moment).list();
	}

	Optional<MomentRow> moment(UUID id) {
		return jdbc.sql(MOMENT + "WHERE m.id = :id").param("id", id).query(MomentRows::moment).optional();
	}

	/** The children tagged in the moments whose photo consent is in force, by name. */
	List<TagRow> consentedTags(Collection<UUID> momentIds) {
		if (momentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT t.moment_id, t.child_id, ch.name FROM messaging_moment_child t
				JOIN family_child ch ON ch.id = t.child_id
				""" + CONSENTED + """
				WHERE t.moment_id = ANY(:moments) ORDER BY ch.name, t.child_id
				""")
			.param("moments", momentIds.toArray(UUID[]::new))
			.query((rs, n) -> new TagRow(rs.getObject("moment_id", UUID.class), rs.getObject("child_id", UUID.class),
					rs.getString("name")))
			.list();
	}

	List<PhotoRow> photosOf(Collection<UUID> momentIds) {
		if (momentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, moment_id, ordinal, content_type, sha256, size_bytes, width, height, thumbnail_sha256, thumbnail_bytes, file_name
				FROM messaging_moment_photo WHERE moment_id = ANY(:moments) ORDER BY moment_id, ordinal
				""")
			.param("moments", momentIds.toArray(UUID[]::new))
			.query(MomentRows::photo)
			.list();
	}

	Optional<PhotoRow> photo(UUID photoId) {
		return jdbc.sql("""
				SELECT id, moment_id, ordinal, content_type, sha256, size_bytes, width, height, thumbnail_sha256, thumbnail_bytes, file_name
				FROM messaging_moment_photo WHERE id = :id
				""")
			.param("id", photoId)
			.query(MomentRows::photo)
			.optional();
	}

	/** Marks the moment withdrawn; false when it was already. */
	boolean withdraw(UUID id, UUID by, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE messaging_moment SET withdrawn_by = :by, withdrawn_at = :at WHERE id = :id AND withdrawn_at IS NULL
				""")
			.param("by", by)
			.param("at", at)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * How many moments (not withdrawn) tag the child, and their photos, while the child's photo consent
	 * is in force (none otherwise); only the institution's when {@code institutionId} is given.
	 */
	long[] count(UUID childId, UUID institutionId) {
		return jdbc.sql("""
				SELECT count(DISTINCT m.id) AS moments, count(p.id) AS photos
				FROM messaging_moment_child t
				JOIN messaging_moment m ON m.id = t.moment_id AND m.withdrawn_at IS NULL
				""" + CONSENTED + """
				LEFT JOIN messaging_moment_photo p ON p.moment_id = m.id
				WHERE t.child_id = :child
				""" + (institutionId == null ? "" : " AND m.institution_id = :institution"))
			.param("child", childId)
			.params(institutionId == null ? java.util.Map.of() : java.util.Map.of("institution", institutionId))
			.query((rs, n) -> new long[] { rs.getLong("moments"), rs.getLong("photos") })
			.single();
	}

	private static MomentRow moment(ResultSet rs, int n) throws SQLException {
		return new MomentRow(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
				rs.getString("note"), rs.getObject("posted_by", UUID.class), rs.getString("posted_by_name"),
				rs.getObject("posted_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class));
	}

	private static PhotoRow photo(ResultSet rs, int n) throws SQLException {
		return new PhotoRow(rs.getObject("id", UUID.class), rs.getObject("moment_id", UUID.class), rs.getInt("ordinal"),
				rs.getString("content_type"), rs.getString("sha256"), rs.getLong("size_bytes"), rs.getInt("width"),
				rs.getInt("height"), rs.getString("thumbnail_sha256"), rs.getLong("thumbnail_bytes"), rs.getString("file_name"));
	}
}
