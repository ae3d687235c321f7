package org.tuoyu.messaging.daily;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.messaging.daily.EntryPolicy.Checked;

/** The table of daily-report entries and of the summaries sent. */
@Repository
class DailyRows {

	private static final String ENTRY = """
			SELECT e.id, e.child_id, e.institution_id, e.class_id, e.day, e.kind, e.at, e.ends_at, e.meal, e.portion,
			  e.millilitres, e.drink_amount, e.nappy, e.mood, e.text, e.medicine_request_id, m.medication, m.dose, e.status,
			  e.replaces_id, e.recorded_by, e.recorded_by_name, e.recorded_at
			FROM messaging_daily_entry e LEFT JOIN messaging_daily_medicine_request m ON m.id = e.medicine_request_id
			""";

	/** An entry with where it belongs. */
	record EntryRow(DailyEntry entry, UUID institutionId, UUID classId, LocalDate day) {
	}

	/** Who and when an entry was written: by a member of staff, at an institution (its street), in one batch. */
	record Written(UUID institutionId, String division, UUID batchId, UUID replaces, UUID by, String byName,
			OffsetDateTime now) {
	}

	private final JdbcClient jdbc;

	DailyRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the same entry for several children in one statement: {@code ids}, {@code children} and
	 * {@code classes} are parallel arrays.
	 */
	void insert(UUID[] ids, UUID[] children, UUID[] classes, Checked entry, UUID medicineRequest, Written written) {
		jdbc.sql("""
				INSERT INTO messaging_daily_entry (id, child_id, institution_id, class_id, division_code, day, kind, at, ends_at,
				  meal, portion, millilitres, drink_amount, nappy, mood, text, medicine_request_id, batch_id, replaces_id,
				  recorded_by, recorded_by_name, recorded_at)
				SELECT r.id, r.child, :institution, r.class, :division, :day, :kind, :at, CAST(:ends AS timestamptz),
				  CAST(:meal AS text), CAST(:portion AS text), CAST(:ml AS int), CAST(:amount AS text), CAST(:nappy AS text),
				  CAST(:mood AS text), CAST(:text AS text), CAST(:request AS uuid), :batch, CAST(:replaces AS uuid), :by, :name, :now
				FROM unnest(CAST(:ids AS uuid[]), CAST(:children AS uuid[]), CAST(:classes AS uuid[])) AS r(id, child, class)
				""")
			.param("ids", ids)
			.param("children", children)
			.param("classes", classes)
			.param("institution", written.institutionId())
			.param("division", written.division())
			.param("day", entry.day())
			.param("kind", entry.kind().name())
			.param("at", entry.at())
			.param("ends", entry.endsAt())
			.param("meal", entry.meal() == null ? null : entry.meal().name())
			.param("portion", entry.portion() == null ? null : entry.portion().name())
			.param("ml", entry.millilitres())
			.param("amount", entry.drinkAmount() == null ? null : entry.drinkAmount().name())
			.param("nappy", entry.nappy() == null ? null : entry.nappy().name())
			.param("mood", entry.mood() == null ? null : entry.mood().name())
			.param("text", entry.text())
			.param("request", medicineRequest)
			.param("batch", written.batchId())
			.param("replaces", written.replaces())
			.param("by", written.by())
			.param("name", written.byName())
			.param("now", written.now())
			.update();
	}

	Optional<EntryRow> entry(UUID id) {
		return jdbc.sql(ENTRY + " WHERE e.id = :id").param("id", id).query(DailyRows::entryRow).optional();
	}

	/** Locks an entry's row: changes of one entry take turns. */
	void lock(UUID id) {
		jdbc.sql("SELECT id FROM messaging_daily_entry WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).list();
	}

	/** The children's entries of a day, every status, in time order. */
	List<DailyEntry> entriesOf(Collection<UUID> childIds, LocalDate day) {
		return jdbc.sql(ENTRY + " WHERE e.child_id = ANY(:children) AND e.day = :day ORDER BY e.at, e.id")
			.param("children", childIds.toArray(UUID[]::new))
			.param("day", day)
			.query((rs, n) -> entryRow(rs, n).entry())
			.list();
	}

	/** Marks a standing entry corrected or withdrawn; returns whether it stood. */
	boolean change(UUID id, EntryStatus status, String reason, UUID by, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE messaging_daily_entry SET status = :status, withdrawal_reason = :reason, changed_by = :by, changed_at = :now
				WHERE id = :id AND status = 'ACTIVE'
				""").param("id", id).param("status", status.name()).param("reason", reason).param("by", by)
			.param("now", now).update() == 1;
	}

	/** Which of the children are asleep on the day (a nap not ended). */
	List<UUID> napping(Collection<UUID> childIds, LocalDate day) {
		return jdbc.sql("""
				SELECT child_id FROM messaging_daily_entry
				WHERE child_id = ANY(:children) AND day = :day AND kind = 'NAP' AND ends_at IS NULL AND status = 'ACTIVE'
				""").param("children", childIds.toArray(UUID[]::new)).param("day", day).query(UUID.class).list();
	}

	/** Ends the children's naps of the day that began by {@code at}; returns the children woken. */
	List<UUID> endNaps(Collection<UUID> childIds, LocalDate day, OffsetDateTime at, UUID by) {
		return jdbc.sql("""
				UPDATE messaging_daily_entry SET ends_at = :at, nap_ended_by = :by
				WHERE child_id = ANY(:children) AND day = :day AND kind = 'NAP' AND ends_at IS NULL AND status = 'ACTIVE'
				  AND at <= :at
				RETURNING child_id
				""").param("children", childIds.toArray(UUID[]::new)).param("day", day).param("at", at).param("by", by)
			.query(UUID.class)
			.list();
	}

	/** The days before {@code day} with standing entries of the child, the latest first, at most {@code limit}. */
	List<LocalDate> daysBefore(UUID childId, LocalDate day, int limit) {
		return jdbc.sql("""
				SELECT DISTINCT day FROM messaging_daily_entry WHERE child_id = :child AND day < :day AND status = 'ACTIVE'
				ORDER BY day DESC LIMIT :limit
				""").param("child", childId).param("day", day).param("limit", limit).query(LocalDate.class).list();
	}

	/**
	 * Claims the summaries of a day: one row per child with standing entries that day and no summary
	 * yet, in one statement, so a child's summary is claimed once even when several nodes run the job.
	 */
	List<UUID> claimSummaries(LocalDate day, OffsetDateTime now) {
		return jdbc.sql("""
				INSERT INTO messaging_daily_summary (child_id, day, institution_id, division_code, sent_at)
				SELECT DISTINCT ON (child_id) child_id, day, institution_id, division_code, :now
				FROM messaging_daily_entry WHERE day = :day AND status = 'ACTIVE'
				ORDER BY child_id, at
				ON CONFLICT DO NOTHING
				RETURNING child_id
				""").param("day", day).param("now", now).query(UUID.class).list();
	}

	/** Takes the job's lock for the transaction, if no other node holds it. */
	boolean tryJobLock(long key) {
		return jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", key).query(Boolean.class).single();
	}

	private static EntryRow entryRow(ResultSet rs, int n) throws SQLException {
		String kind = rs.getString("kind");
		DailyEntry entry = new DailyEntry(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				EntryKind.valueOf(kind), rs.getObject("at", OffsetDateTime.class),
				rs.getObject("ends_at", OffsetDateTime.class), value(Meal.class, rs.getString("meal")),
				value(Portion.class, rs.getString("portion")), rs.getObject("millilitres", Integer.class),
				value(DrinkAmount.class, rs.getString("drink_amount")), value(Nappy.class, rs.getString("nappy")),
				value(Mood.class, rs.getString("mood")), rs.getString("text"), rs.getObject("medicine_request_id", UUID.class),
				rs.getString("medication"), rs.getString("dose"), EntryStatus.valueOf(rs.getString("status")),
				rs.getObject("replaces_id") != null, rs.getObject("recorded_by", UUID.class), rs.getString("recorded_by_name"),
				rs.getObject("recorded_at", OffsetDateTime.class), false);
		return new EntryRow(entry, rs.getObject("institution_id", UUID.class), rs.getObject("class_id", UUID.class),
				rs.getObject("day", LocalDate.class));
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}
}
