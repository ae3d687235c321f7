package org.tuoyu.supervision.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.institution.ClassType;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.supervision.Closure;
import org.tuoyu.supervision.ClosureStatus;
import org.tuoyu.supervision.Transfer;
import org.tuoyu.supervision.TransferStatus;

/** The closure tables. Child names are not stored: they are read from the family module when shown. */
@Repository
public class ClosureRows {

	private static final String CLOSURE = """
			SELECT c.id, c.institution_id, c.institution_name, c.division_code, c.reason, c.planned_closing_on, c.status,
			  c.opened_at, c.confirmed_at, c.closed_at,
			  (SELECT count(*) FROM supervision_closure_transfer t WHERE t.closure_id = c.id) AS children,
			  (SELECT count(*) FROM supervision_closure_transfer t WHERE t.closure_id = c.id
			     AND t.status IN ('PLACED', 'WITHDRAWN')) AS resolved
			FROM supervision_closure c
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ClosureRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID institutionId, String institutionName, String divisionCode, String reason,
			LocalDate plannedClosingOn, UUID openedBy) {
		jdbc.sql("""
				INSERT INTO supervision_closure (id, institution_id, institution_name, division_code, reason,
				  planned_closing_on, status, opened_by)
				VALUES (:id, :institution, :name, :division, :reason, :planned, 'OPEN', :by)
				""")
			.param("id", id)
			.param("institution", institutionId)
			.param("name", institutionName)
			.param("division", divisionCode)
			.param("reason", reason)
			.param("planned", Date.valueOf(plannedClosingOn))
			.param("by", openedBy)
			.update();
	}

	/** A child of the case with its proposal (institution id and name, class type, distance; all null for none). */
	public void insertTransfer(UUID closureId, int position, UUID childId, ClassType classType, int ageMonths,
			UUID proposedId, String proposedName, ClassType proposedType, Integer distanceM) {
		jdbc.sql("""
				INSERT INTO supervision_closure_transfer (id, closure_id, child_id, class_type, age_months,
				  proposed_institution_id, proposed_institution, proposed_class_type, proposed_distance_m, status, position)
				VALUES (:id, :closure, :child, :type, :age, :proposed, :name, :proposedType, :distance, 'PROPOSED', :position)
				""")
			.param("id", UuidV7.next())
			.param("closure", closureId)
			.param("child", childId)
			.param("type", classType.name())
			.param("age", ageMonths)
			.param("proposed", proposedId)
			.param("name", proposedName)
			.param("proposedType", proposedType == null ? null : proposedType.name())
			.param("distance", distanceM)
			.param("position", position)
			.update();
	}

	public boolean activeFor(UUID institutionId) {
		return jdbc.sql("SELECT count(*) FROM supervision_closure WHERE institution_id = :id AND status <> 'CLOSED'")
			.param("id", institutionId)
			.query(Long.class)
			.single() > 0;
	}

	public List<Closure> within(String divisionPrefix) {
		return jdbc.sql(CLOSURE + " WHERE c.division_code LIKE :prefix ORDER BY c.status = 'CLOSED', c.planned_closing_on, c.id")
			.param("prefix", divisionPrefix + "%")
			.query((rs, n) -> closure(rs))
			.list();
	}

	public Optional<Closure> find(UUID id) {
		return jdbc.sql(CLOSURE + " WHERE c.id = :id").param("id", id).query((rs, n) -> closure(rs)).optional();
	}

	/** Locks the case row until the transaction ends, so two regulators never change it at once. */
	public void lock(UUID id) {
		jdbc.sql("SELECT id FROM supervision_closure WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
	}

	/** The children of a case in proposal order; names are filled in by the caller. */
	public List<Transfer> transfers(UUID closureId) {
		return jdbc.sql("""
				SELECT id, child_id, age_months, class_type, proposed_institution_id, proposed_institution,
				  proposed_class_type, proposed_distance_m, status, placed_institution_id, resolved_on, note
				FROM supervision_closure_transfer WHERE closure_id = :id ORDER BY position
				""")
			.param("id", closureId)
			.query((rs, n) -> transfer(rs))
			.list();
	}

	public void propose(UUID transferId, UUID institutionId, String name, ClassType type, int distanceM) {
		jdbc.sql("""
				UPDATE supervision_closure_transfer SET proposed_institution_id = :institution, proposed_institution = :name,
				  proposed_class_type = :type, proposed_distance_m = :distance
				WHERE id = :id
				""")
			.param("id", transferId)
			.param("institution", institutionId)
			.param("name", name)
			.param("type", type.name())
			.param("distance", distanceM)
			.update();
	}

	public void confirm(UUID closureId) {
		jdbc.sql("UPDATE supervision_closure SET status = 'CONFIRMED', confirmed_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
			.param("id", closureId)
			.update();
		jdbc.sql("UPDATE supervision_closure_transfer SET status = 'NOTIFIED' WHERE closure_id = :id AND status = 'PROPOSED'")
			.param("id", closureId)
			.update();
	}

	public void withdraw(UUID transferId, LocalDate day, String note) {
		jdbc.sql("UPDATE supervision_closure_transfer SET status = 'WITHDRAWN', resolved_on = :day, note = :note WHERE id = :id")
			.param("id", transferId)
			.param("day", Date.valueOf(day))
			.param("note", note)
			.update();
	}

	/**
	 * Marks the child placed in every open or confirmed case of another institution it is still
	 * tracked in; answers those cases, locked.
	 */
	public List<UUID> placed(UUID childId, UUID institutionId, LocalDate day) {
		List<UUID> closures = jdbc.sql("""
				SELECT c.id FROM supervision_closure c JOIN supervision_closure_transfer t ON t.closure_id = c.id
				WHERE t.child_id = :child AND t.status IN ('PROPOSED', 'NOTIFIED') AND c.status <> 'CLOSED'
				  AND c.institution_id <> :institution
				ORDER BY c.id FOR UPDATE OF c, t
				""")
			.param("child", childId)
			.param("institution", institutionId)
			.query(UUID.class)
			.list();
		if (!closures.isEmpty()) {
			jdbc.sql("""
					UPDATE supervision_closure_transfer SET status = 'PLACED', placed_institution_id = :institution,
					  resolved_on = :day
					WHERE child_id = :child AND status IN ('PROPOSED', 'NOTIFIED') AND closure_id = ANY(:closures)
					""")
				.param("child", childId)
				.param("institution", institutionId)
				.param("day", Date.valueOf(day))
				.param("closures", closures.toArray(UUID[]::new))
				.update();
		}
		return closures;
	}

	/** Closes a confirmed case whose children are all resolved; whether it did. */
	public boolean closeIfResolved(UUID closureId) {
		return jdbc.sql("""
				UPDATE supervision_closure c SET status = 'CLOSED', closed_at = :now
				WHERE c.id = :id AND c.status = 'CONFIRMED' AND NOT EXISTS (SELECT 1 FROM supervision_closure_transfer t
				  WHERE t.closure_id = c.id AND t.status IN ('PROPOSED', 'NOTIFIED'))
				""").param("now", OffsetDateTime.now(clock))
			.param("id", closureId)
			.update() > 0;
	}

	private static Closure closure(ResultSet rs) throws SQLException {
		return new Closure(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
				rs.getString("institution_name"), rs.getString("division_code"), rs.getString("reason"),
				rs.getDate("planned_closing_on").toLocalDate(), ClosureStatus.valueOf(rs.getString("status")),
				rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("confirmed_at", OffsetDateTime.class),
				rs.getObject("closed_at", OffsetDateTime.class), rs.getInt("children"), rs.getInt("resolved"));
	}

	private static Transfer transfer(ResultSet rs) throws SQLException {
		String proposedType = rs.getString("proposed_class_type");
		Date resolved = rs.getDate("resolved_on");
		return new Transfer(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), null,
				rs.getInt("age_months"), ClassType.valueOf(rs.getString("class_type")),
				rs.getObject("proposed_institution_id", UUID.class), rs.getString("proposed_institution"),
				proposedType == null ? null : ClassType.valueOf(proposedType),
				(Integer) rs.getObject("proposed_distance_m"), TransferStatus.valueOf(rs.getString("status")),
				rs.getObject("placed_institution_id", UUID.class), resolved == null ? null : resolved.toLocalDate(),
				rs.getString("note"));
	}
}
