package org.tuoyu.messaging.daily;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.messaging.daily.MedicinePolicy.CheckedRequest;

/** The table of the guardians' medicine requests. */
@Repository
class MedicineRows {

	private static final String REQUEST = """
			SELECT id, child_id, institution_id, division_code, day, medication, dose, CAST(times AS text[]) AS times, note,
			  requested_by_name, requested_at, cancelled_at
			FROM messaging_daily_medicine_request
			""";

	/** A request as stored, with where it belongs. */
	record RequestRow(UUID id, UUID childId, UUID institutionId, String division, LocalDate day, String medication,
			String dose, List<LocalTime> times, String note, String requestedByName, OffsetDateTime requestedAt,
			boolean cancelled) {
	}

	private final JdbcClient jdbc;

	MedicineRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID childId, UUID institutionId, String division, CheckedRequest request, UUID by, String byName,
			OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO messaging_daily_medicine_request (id, child_id, institution_id, division_code, day, medication, dose,
				  times, note, requested_by, requested_by_name, requested_at)
				VALUES (:id, :child, :institution, :division, :day, :medication, :dose, CAST(:times AS time[]), :note, :by,
				  :name, :now)
				""")
			.param("id", id)
			.param("child", childId)
			.param("institution", institutionId)
			.param("division", division)
			.param("day", request.day())
			.param("medication", request.medication())
			.param("dose", request.dose())
			.param("times", request.times().stream().map(LocalTime::toString).toArray(String[]::new))
			.param("note", request.note())
			.param("by", by)
			.param("name", byName)
			.param("now", now)
			.update();
	}

	/** A request, its row locked: doses and a cancellation of one request take turns. */
	Optional<RequestRow> lock(UUID id) {
		return jdbc.sql(REQUEST + " WHERE id = :id FOR UPDATE").param("id", id).query(MedicineRows::request).optional();
	}

	/** The children's requests for a day, in the order they were written. */
	List<RequestRow> ofChildren(Collection<UUID> childIds, LocalDate day) {
		return jdbc.sql(REQUEST + " WHERE child_id = ANY(:children) AND day = :day ORDER BY requested_at, id")
			.param("children", childIds.toArray(UUID[]::new))
			.param("day", day)
			.query(MedicineRows::request)
			.list();
	}

	/** How many doses stand against the request. */
	int dosesGiven(UUID requestId) {
		return jdbc.sql("""
				SELECT count(*) FROM messaging_daily_entry WHERE medicine_request_id = :request AND status = 'ACTIVE'
				""").param("request", requestId).query(Integer.class).single();
	}

	void cancel(UUID id, OffsetDateTime now) {
		jdbc.sql("UPDATE messaging_daily_medicine_request SET cancelled_at = :now WHERE id = :id AND cancelled_at IS NULL")
			.param("id", id)
			.param("now", now)
			.update();
	}

	private static RequestRow request(ResultSet rs, int n) throws SQLException {
		Array times = rs.getArray("times");
		List<LocalTime> parsed = Arrays.stream((String[]) times.getArray()).map(LocalTime::parse).toList();
		return new RequestRow(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getObject("institution_id", UUID.class), rs.getString("division_code"), rs.getObject("day", LocalDate.class),
				rs.getString("medication"), rs.getString("dose"), parsed, rs.getString("note"),
				rs.getString("requested_by_name"), rs.getObject("requested_at", OffsetDateTime.class),
				rs.getObject("cancelled_at") != null);
	}
}
