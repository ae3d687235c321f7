package org.tuoyu.enrollment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.enrollment.Offer;

/** Storage of offers and placements, with the locks that keep a class within its capacity. */
@Repository
public class OfferRows {

	private static final String OFFER_SELECT = """
			SELECT o.*, a.child_id, c.name AS child_name, i.name AS institution_name, k.name AS class_name
			FROM enrollment_offer o JOIN enrollment_application a ON a.id = o.application_id
			JOIN family_child c ON c.id = a.child_id JOIN institution_institution i ON i.id = o.institution_id
			JOIN institution_class k ON k.id = o.class_id
			""";

	private static final RowMapper<Offer> OFFERS = (rs, n) -> new Offer(rs.getObject("id", UUID.class),
			rs.getObject("application_id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("child_name"),
			rs.getObject("institution_id", UUID.class), rs.getString("institution_name"),
			rs.getObject("class_id", UUID.class), rs.getString("class_name"), rs.getString("status"),
			rs.getObject("respond_by", LocalDate.class));

	private final JdbcClient jdbc;

	private final Clock clock;

	OfferRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void insertOffer(UUID id, UUID applicationId, UUID institutionId, UUID classId, LocalDate respondBy) {
		jdbc.sql("""
				INSERT INTO enrollment_offer (id, application_id, institution_id, class_id, respond_by)
				VALUES (:id, :application, :institution, :class, :respondBy)
				""").param("id", id).param("application", applicationId).param("institution", institutionId)
			.param("class", classId).param("respondBy", respondBy).update();
	}

	public boolean openOffer(UUID applicationId, UUID institutionId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM enrollment_offer WHERE application_id = :application
				  AND institution_id = :institution AND status = 'OFFERED')
				""").param("application", applicationId).param("institution", institutionId).query(Boolean.class).single();
	}

	/** The offer, locked until the transaction ends. */
	public Optional<Offer> lockOffer(UUID id) {
		return jdbc.sql(OFFER_SELECT + " WHERE o.id = :id FOR UPDATE OF o").param("id", id).query(OFFERS).optional();
	}

	public Optional<Offer> offer(UUID id) {
		return jdbc.sql(OFFER_SELECT + " WHERE o.id = :id").param("id", id).query(OFFERS).optional();
	}

	public List<Offer> offersOfChildren(List<UUID> childIds) {
		return jdbc.sql(OFFER_SELECT + " WHERE a.child_id = ANY (:children) ORDER BY o.offered_at DESC")
			.param("children", childIds.toArray(UUID[]::new)).query(OFFERS).list();
	}

	public List<Offer> offersOfInstitution(UUID institutionId) {
		return jdbc.sql(OFFER_SELECT + " WHERE o.institution_id = :institution ORDER BY o.offered_at DESC")
			.param("institution", institutionId).query(OFFERS).list();
	}

	public void answer(UUID offerId, String status) {
		jdbc.sql("UPDATE enrollment_offer SET status = :status, answered_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
			.param("status", status).param("id", offerId).update();
	}

	/** Cancels the other open offers of the application (the child took a place). */
	public void cancelOthers(UUID applicationId, UUID acceptedOfferId) {
		jdbc.sql("""
				UPDATE enrollment_offer SET status = 'CANCELLED', answered_at = :now
				WHERE application_id = :application AND id <> :accepted AND status = 'OFFERED'
				""").param("now", OffsetDateTime.now(clock)).param("application", applicationId).param("accepted", acceptedOfferId).update();
	}

	/** The class's capacity, the class row locked so that acceptances into it take turns. */
	public int lockClassCapacity(UUID classId) {
		return jdbc.sql("SELECT capacity FROM institution_class WHERE id = :id FOR UPDATE").param("id", classId)
			.query(Integer.class).single();
	}

	public int activePlacements(UUID classId) {
		return jdbc.sql("SELECT count(*) FROM enrollment_placement WHERE class_id = :class AND status = 'ACTIVE'")
			.param("class", classId).query(Integer.class).single();
	}

	/** Whether the application has an open, declined or expired offer at the institution (not offered again). */
	public boolean offeredBefore(UUID applicationId, UUID institutionId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM enrollment_offer WHERE application_id = :application
				  AND institution_id = :institution AND status IN ('OFFERED', 'DECLINED', 'EXPIRED'))
				""").param("application", applicationId).param("institution", institutionId).query(Boolean.class).single();
	}

	public int openOffersInClass(UUID classId) {
		return jdbc.sql("SELECT count(*) FROM enrollment_offer WHERE class_id = :class AND status = 'OFFERED'")
			.param("class", classId).query(Integer.class).single();
	}

	/** Marks offers not answered in time as expired; returns their (institution, class) pairs. */
	public List<UUID[]> expireBefore(LocalDate today) {
		return jdbc.sql("""
				UPDATE enrollment_offer SET status = 'EXPIRED', answered_at = :now
				WHERE status = 'OFFERED' AND respond_by < :today RETURNING institution_id, class_id
				""").param("now", OffsetDateTime.now(clock)).param("today", today)
			.query((rs, n) -> new UUID[] { rs.getObject("institution_id", UUID.class), rs.getObject("class_id", UUID.class) })
			.list();
	}

	public void markPlaced(UUID applicationId) {
		jdbc.sql("UPDATE enrollment_application SET status = 'PLACED' WHERE id = :id").param("id", applicationId).update();
	}
}
