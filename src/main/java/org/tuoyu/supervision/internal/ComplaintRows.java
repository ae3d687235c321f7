package org.tuoyu.supervision.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.supervision.Complaint;
import org.tuoyu.supervision.ComplaintCategory;
import org.tuoyu.supervision.ComplaintFilter;
import org.tuoyu.supervision.ComplaintPhoto;
import org.tuoyu.supervision.ComplaintStatus;
import org.tuoyu.supervision.ComplaintTracking;

/** The complaint tables. */
@Repository
public class ComplaintRows {

	private static final String COLUMNS = """
			id, institution_id, institution_name, division_code, category, status, description, received_on, due_on,
			closed_on, public_reply, internal_note""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ComplaintRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** A complaint's row as stored, with the complainant's encrypted phone. */
	public record Stored(Complaint complaint, String complainantName, byte[] complainantPhone) {
	}

	public void insert(UUID id, UUID institutionId, String institutionName, String divisionCode,
			ComplaintCategory category, String description, String name, byte[] phone, byte[] trackingIndex,
			LocalDate receivedOn, LocalDate dueOn) {
		jdbc.sql("""
				INSERT INTO supervision_complaint (id, institution_id, institution_name, division_code, category,
				  description, complainant_name, complainant_phone, tracking_index, status, received_on, due_on)
				VALUES (:id, :institution, :name, :division, :category, :description, :complainant, :phone, :tracking,
				  'RECEIVED', :received, :due)
				""")
			.param("id", id)
			.param("institution", institutionId)
			.param("name", institutionName)
			.param("division", divisionCode)
			.param("category", category.name())
			.param("description", description)
			.param("complainant", name)
			.param("phone", phone)
			.param("tracking", trackingIndex)
			.param("received", Date.valueOf(receivedOn))
			.param("due", Date.valueOf(dueOn))
			.update();
	}

	public void insertPhoto(UUID complaintId, int position, String contentType, byte[] content) {
		jdbc.sql("""
				INSERT INTO supervision_complaint_photo (id, complaint_id, position, content_type, content)
				VALUES (:id, :complaint, :position, :type, :content)
				""")
			.param("id", UuidV7.next())
			.param("complaint", complaintId)
			.param("position", position)
			.param("type", contentType)
			.param("content", content)
			.update();
	}

	public Optional<ComplaintTracking> tracking(byte[] trackingIndex) {
		return jdbc.sql("""
				SELECT institution_name, category, status, received_on, due_on, closed_on, public_reply
				FROM supervision_complaint WHERE tracking_index = :tracking
				""")
			.param("tracking", trackingIndex)
			.query((rs, n) -> new ComplaintTracking(rs.getString("institution_name"),
					ComplaintCategory.valueOf(rs.getString("category")), ComplaintStatus.valueOf(rs.getString("status")),
					rs.getDate("received_on").toLocalDate(), rs.getDate("due_on").toLocalDate(),
					day(rs, "closed_on"), rs.getString("public_reply")))
			.optional();
	}

	/** The complaints of streets within the division subtree, matching the filter, due first. */
	public List<Complaint> within(String divisionPrefix, ComplaintFilter filter, LocalDate today) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM supervision_complaint
				WHERE division_code LIKE :prefix
				  AND (CAST(:status AS text) IS NULL OR status = :status)
				  AND (CAST(:category AS text) IS NULL OR category = :category)
				  AND (CAST(:institution AS uuid) IS NULL OR institution_id = :institution)
				  AND (NOT :overdue OR (status IN ('RECEIVED', 'INVESTIGATING') AND due_on < :today))
				ORDER BY (status IN ('RECEIVED', 'INVESTIGATING')) DESC, due_on, received_on DESC, id
				LIMIT 1000
				""")
			.param("prefix", divisionPrefix + "%")
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("category", filter.category() == null ? null : filter.category().name())
			.param("institution", filter.institutionId())
			.param("overdue", filter.overdueOnly())
			.param("today", Date.valueOf(today))
			.query((rs, n) -> complaint(rs, today))
			.list();
	}

	/** One complaint, locked for an update when {@code lock}. */
	public Optional<Stored> find(UUID id, LocalDate today, boolean lock) {
		return jdbc.sql("SELECT " + COLUMNS + ", complainant_name, complainant_phone FROM supervision_complaint WHERE id = :id"
				+ (lock ? " FOR UPDATE" : ""))
			.param("id", id)
			.query((rs, n) -> new Stored(complaint(rs, today), rs.getString("complainant_name"),
					rs.getBytes("complainant_phone")))
			.optional();
	}

	public List<UUID> photoIds(UUID complaintId) {
		return jdbc.sql("SELECT id FROM supervision_complaint_photo WHERE complaint_id = :id ORDER BY position")
			.param("id", complaintId)
			.query(UUID.class)
			.list();
	}

	public Optional<ComplaintPhoto> photo(UUID complaintId, UUID photoId) {
		return jdbc.sql("SELECT content, content_type FROM supervision_complaint_photo WHERE id = :photo AND complaint_id = :id")
			.param("photo", photoId)
			.param("id", complaintId)
			.query((rs, n) -> new ComplaintPhoto(rs.getBytes("content"), rs.getString("content_type")))
			.optional();
	}

	public void update(UUID id, ComplaintStatus status, LocalDate closedOn, String publicReply, String internalNote) {
		jdbc.sql("""
				UPDATE supervision_complaint SET status = :status, closed_on = :closed, public_reply = :reply,
				  internal_note = :note, updated_at = :now
				WHERE id = :id
				""").param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.param("status", status.name())
			.param("closed", closedOn == null ? null : Date.valueOf(closedOn))
			.param("reply", publicReply)
			.param("note", internalNote)
			.update();
	}

	/** Complaints upheld from {@code since} to {@code until}, per institution among those given. */
	public Map<UUID, Integer> upheldCounts(Collection<UUID> institutionIds, LocalDate since, LocalDate until) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (institutionIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				SELECT institution_id, count(*) AS upheld FROM supervision_complaint
				WHERE status = 'UPHELD' AND institution_id = ANY(:ids) AND closed_on > :since AND closed_on <= :until
				GROUP BY institution_id
				""")
			.param("ids", institutionIds.toArray(UUID[]::new))
			.param("since", Date.valueOf(since))
			.param("until", Date.valueOf(until))
			.query(rs -> {
				counts.put(rs.getObject("institution_id", UUID.class), rs.getInt("upheld"));
			});
		return counts;
	}

	private static Complaint complaint(ResultSet rs, LocalDate today) throws SQLException {
		ComplaintStatus status = ComplaintStatus.valueOf(rs.getString("status"));
		LocalDate due = rs.getDate("due_on").toLocalDate();
		return new Complaint(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
				rs.getString("institution_name"), rs.getString("division_code"),
				ComplaintCategory.valueOf(rs.getString("category")), status, rs.getString("description"),
				rs.getDate("received_on").toLocalDate(), due, day(rs, "closed_on"), rs.getString("public_reply"),
				rs.getString("internal_note"), !status.closed() && due.isBefore(today));
	}

	private static LocalDate day(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
