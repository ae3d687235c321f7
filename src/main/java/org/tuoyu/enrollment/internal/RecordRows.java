package org.tuoyu.enrollment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.PlacementEnd;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.ServiceForm;

/** Storage of placements as enrollment records: fee, contract, end. */
@Repository
public class RecordRows {

	private static final String SELECT = """
			SELECT p.id, p.child_id, c.name AS child_name, p.institution_id, i.name AS institution_name, p.class_id,
			  k.name AS class_name, k.class_type, p.start_date, p.service_form, p.monthly_fee, p.contract_type,
			  p.contract_uploaded_at, p.status, p.end_date, p.end_reason
			FROM enrollment_placement p JOIN family_child c ON c.id = p.child_id
			JOIN institution_institution i ON i.id = p.institution_id JOIN institution_class k ON k.id = p.class_id
			""";

	private static final RowMapper<EnrollmentRecord> RECORDS = (rs, n) -> new EnrollmentRecord(
			rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("child_name"),
			rs.getObject("institution_id", UUID.class), rs.getString("institution_name"),
			rs.getObject("class_id", UUID.class), rs.getString("class_name"), ClassType.valueOf(rs.getString("class_type")),
			rs.getObject("start_date", LocalDate.class), ServiceForm.valueOf(rs.getString("service_form")),
			rs.getBigDecimal("monthly_fee"), rs.getString("contract_type"),
			rs.getObject("contract_uploaded_at", OffsetDateTime.class), rs.getString("status"),
			rs.getObject("end_date", LocalDate.class),
			rs.getString("end_reason") == null ? null : PlacementEnd.valueOf(rs.getString("end_reason")));

	private final JdbcClient jdbc;

	private final Clock clock;

	RecordRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Optional<EnrollmentRecord> record(UUID id) {
		return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(RECORDS).optional();
	}

	/** The child's active placement. */
	public Optional<EnrollmentRecord> activeOf(UUID childId) {
		return jdbc.sql(SELECT + " WHERE p.child_id = :child AND p.status = 'ACTIVE'").param("child", childId)
			.query(RECORDS).optional();
	}

	/** The children's active placements. */
	public List<EnrollmentRecord> activeOfChildren(Collection<UUID> childIds) {
		return jdbc.sql(SELECT + " WHERE p.child_id = ANY (:children) AND p.status = 'ACTIVE'")
			.param("children", childIds.toArray(UUID[]::new)).query(RECORDS).list();
	}

	/** Active placements in a class, by child name. */
	public List<EnrollmentRecord> inClass(UUID classId) {
		return jdbc.sql(SELECT + " WHERE p.class_id = :class AND p.status = 'ACTIVE' ORDER BY c.name")
			.param("class", classId).query(RECORDS).list();
	}

	/** The active placement, locked until the transaction ends. */
	public Optional<EnrollmentRecord> lockActive(UUID id) {
		return jdbc.sql(SELECT + " WHERE p.id = :id AND p.status = 'ACTIVE' FOR UPDATE OF p").param("id", id)
			.query(RECORDS).optional();
	}

	/** The child's active placement, locked until the transaction ends. */
	public Optional<EnrollmentRecord> lockActiveOfChild(UUID childId) {
		return jdbc.sql(SELECT + " WHERE p.child_id = :child AND p.status = 'ACTIVE' FOR UPDATE OF p")
			.param("child", childId).query(RECORDS).optional();
	}

	/** Active placements of an institution, by class and child name. */
	public List<EnrollmentRecord> roster(UUID institutionId) {
		return jdbc.sql(SELECT + " WHERE p.institution_id = :institution AND p.status = 'ACTIVE' ORDER BY k.name, c.name")
			.param("institution", institutionId).query(RECORDS).list();
	}

	/** Placements of an institution covering any day of the period, by class and child name. */
	public List<EnrollmentRecord> covering(UUID institutionId, LocalDate first, LocalDate last) {
		return jdbc.sql(SELECT + """
				 WHERE p.institution_id = :institution AND p.start_date <= :last AND (p.end_date IS NULL OR p.end_date >= :first)
				 ORDER BY k.name, c.name, p.start_date
				""").param("institution", institutionId).param("first", first).param("last", last).query(RECORDS).list();
	}

	/** The children's placements, newest first. */
	public List<EnrollmentRecord> ofChildren(List<UUID> childIds) {
		return jdbc.sql(SELECT + " WHERE p.child_id = ANY (:children) ORDER BY p.start_date DESC, p.created_at DESC")
			.param("children", childIds.toArray(UUID[]::new)).query(RECORDS).list();
	}

	public void insert(UUID id, UUID childId, UUID institutionId, UUID classId, UUID offerId, LocalDate start,
			ServiceForm form, BigDecimal monthlyFee) {
		jdbc.sql("""
				INSERT INTO enrollment_placement (id, child_id, institution_id, class_id, offer_id, start_date, service_form,
				  monthly_fee, created_at) VALUES (:id, :child, :institution, :class, :offer, :start, :form, :fee, :now)
				""").param("now", OffsetDateTime.now(clock)).param("id", id).param("child", childId).param("institution", institutionId).param("class", classId)
			.param("offer", offerId).param("start", start).param("form", form.name()).param("fee", monthlyFee).update();
	}

	public void change(UUID id, BigDecimal monthlyFee, LocalDate start) {
		jdbc.sql("UPDATE enrollment_placement SET monthly_fee = :fee, start_date = :start WHERE id = :id")
			.param("fee", monthlyFee).param("start", start).param("id", id).update();
	}

	public void attachContract(UUID id, byte[] content, String contentType) {
		jdbc.sql("""
				UPDATE enrollment_placement SET contract = :content, contract_type = :type, contract_uploaded_at = :now
				WHERE id = :id
				""").param("now", OffsetDateTime.now(clock)).param("content", content).param("type", contentType).param("id", id).update();
	}

	public byte[] contract(UUID id) {
		return jdbc.sql("SELECT contract FROM enrollment_placement WHERE id = :id").param("id", id).query(byte[].class)
			.single();
	}

	public void end(UUID id, PlacementEnd reason, LocalDate lastDay) {
		jdbc.sql("""
				UPDATE enrollment_placement SET status = 'ENDED', ended_at = :now, end_reason = :reason, end_date = :last
				WHERE id = :id
				""").param("now", OffsetDateTime.now(clock)).param("reason", reason.name()).param("last", lastDay).param("id", id).update();
	}
}
