package org.tuoyu.messaging.committee;

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

/** The tables of committee members, minutes and the institutions' public texts. */
@Repository
class CommitteeRows {

	private static final String MEMBER = """
			SELECT m.id, m.institution_id, m.guardian_id, m.guardian_name, m.role, m.status, m.invited_at, m.answered_at
			FROM messaging_committee_member m
			""";

	/** Where and by whom a row is written. */
	record Writing(UUID institutionId, String division, UUID by, String byName, OffsetDateTime now) {
	}

	private final JdbcClient jdbc;

	CommitteeRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void invite(UUID id, UUID guardian, String guardianName, CommitteeRole role, Writing writing) {
		jdbc.sql("""
				INSERT INTO messaging_committee_member (id, institution_id, division_code, guardian_id, guardian_name, role,
				  invited_by, invited_at)
				VALUES (:id, :institution, :division, :guardian, :name, :role, :by, :now)
				""").param("id", id).param("institution", writing.institutionId()).param("division", writing.division())
			.param("guardian", guardian).param("name", guardianName).param("role", role.name()).param("by", writing.by())
			.param("now", writing.now()).update();
	}

	/** Whether the committee has a chair invited or serving. */
	boolean chairTaken(UUID institutionId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM messaging_committee_member WHERE institution_id = :institution AND role = 'CHAIR'
				  AND status IN ('INVITED', 'ACCEPTED'))
				""").param("institution", institutionId).query(Boolean.class).single();
	}

	/** Whether the guardian is invited to or serving on the committee. */
	boolean isIn(UUID institutionId, UUID guardian) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM messaging_committee_member WHERE institution_id = :institution
				  AND guardian_id = :guardian AND status IN ('INVITED', 'ACCEPTED'))
				""").param("institution", institutionId).param("guardian", guardian).query(Boolean.class).single();
	}

	/** Serialises the committee's invitations: one invitation of an institution at a time. */
	void lockInstitution(UUID institutionId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('messaging.committee'), hashtext(CAST(:institution AS text)))")
			.param("institution", institutionId).query(Object.class).list();
	}

	/** A membership, its row locked. */
	Optional<CommitteeMember> lockMember(UUID id) {
		return jdbc.sql(MEMBER + " WHERE m.id = :id FOR UPDATE").param("id", id).query(CommitteeRows::member).optional();
	}

	void answer(UUID id, MembershipStatus status, OffsetDateTime now) {
		jdbc.sql("UPDATE messaging_committee_member SET status = :status, answered_at = :now WHERE id = :id")
			.param("id", id).param("status", status.name()).param("now", now).update();
	}

	void end(UUID id, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE messaging_committee_member SET status = 'ENDED', ended_at = :now, answered_at = coalesce(answered_at, :now)
				WHERE id = :id
				""").param("id", id).param("now", now).update();
	}

	/** The institutions' memberships of the statuses: serving and invited first, by role, then by name. */
	List<CommitteeMember> members(Collection<UUID> institutionIds, Collection<MembershipStatus> statuses) {
		if (institutionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(MEMBER + """
				 WHERE m.institution_id = ANY(:institutions) AND m.status = ANY(:statuses)
				ORDER BY m.status NOT IN ('ACCEPTED', 'INVITED'), array_position(ARRAY['CHAIR', 'VICE_CHAIR', 'MEMBER'], m.role),
				  m.guardian_name, m.invited_at
				""").param("institutions", institutionIds.toArray(UUID[]::new))
			.param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
			.query(CommitteeRows::member)
			.list();
	}

	/** The guardian's open invitations, at any institution. */
	List<CommitteeMember> invitationsOf(UUID guardian) {
		return jdbc.sql(MEMBER + " WHERE m.guardian_id = :guardian AND m.status = 'INVITED' ORDER BY m.invited_at")
			.param("guardian", guardian).query(CommitteeRows::member).list();
	}

	void insertMinutes(UUID id, NewMinutes minutes, Writing writing) {
		jdbc.sql("""
				INSERT INTO messaging_committee_minutes (id, institution_id, division_code, met_on, title, attendees, text,
				  recorded_by, recorded_by_name, recorded_at)
				VALUES (:id, :institution, :division, :on, :title, :attendees, :text, :by, :name, :now)
				""").param("id", id).param("institution", writing.institutionId()).param("division", writing.division())
			.param("on", minutes.metOn()).param("title", minutes.title()).param("attendees", minutes.attendees())
			.param("text", minutes.text()).param("by", writing.by()).param("name", writing.byName())
			.param("now", writing.now()).update();
	}

	/** The institution's minutes, the latest meeting first. */
	List<Minutes> minutes(UUID institutionId) {
		return jdbc.sql("""
				SELECT id, met_on, title, attendees, text, recorded_by_name, recorded_at FROM messaging_committee_minutes
				WHERE institution_id = :institution ORDER BY met_on DESC, recorded_at DESC
				""").param("institution", institutionId)
			.query((rs, n) -> new Minutes(rs.getObject("id", UUID.class), rs.getObject("met_on", LocalDate.class),
					rs.getString("title"), rs.getString("attendees"), rs.getString("text"), rs.getString("recorded_by_name"),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	/** Writes the draft of a public text. */
	void saveDraft(CommitmentKind kind, String text, Writing writing) {
		jdbc.sql("""
				INSERT INTO messaging_committee_commitment (institution_id, division_code, kind, draft_text, updated_by, updated_at)
				VALUES (:institution, :division, :kind, :text, :by, :now)
				ON CONFLICT (institution_id, kind) DO UPDATE SET draft_text = EXCLUDED.draft_text,
				  updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
				""").param("institution", writing.institutionId()).param("division", writing.division())
			.param("kind", kind.name()).param("text", text).param("by", writing.by()).param("now", writing.now()).update();
	}

	/** Publishes the draft; returns false when there is none or it is published already. */
	boolean publish(UUID institutionId, CommitmentKind kind, UUID by, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE messaging_committee_commitment SET published_text = draft_text, published_by = :by, published_at = :now
				WHERE institution_id = :institution AND kind = :kind AND published_text IS DISTINCT FROM draft_text
				""").param("institution", institutionId).param("kind", kind.name()).param("by", by).param("now", now)
			.update() == 1;
	}

	/** The institution's public texts that were written, in kind order. */
	List<Commitment> commitments(UUID institutionId) {
		return jdbc.sql("""
				SELECT kind, draft_text, updated_at, published_text, published_at FROM messaging_committee_commitment
				WHERE institution_id = :institution
				ORDER BY array_position(ARRAY['HOUSE_RULES', 'SERVICE_COMMITMENTS', 'FEE_NOTES'], kind)
				""").param("institution", institutionId)
			.query((rs, n) -> new Commitment(CommitmentKind.valueOf(rs.getString("kind")), rs.getString("draft_text"),
					rs.getObject("updated_at", OffsetDateTime.class), rs.getString("published_text"),
					rs.getObject("published_at", OffsetDateTime.class)))
			.list();
	}

	/** How many members serve on the committee, and the day of its latest meeting. */
	record PublicFigures(int members, LocalDate lastMeeting) {
	}

	PublicFigures figures(UUID institutionId) {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM messaging_committee_member WHERE institution_id = :institution AND status = 'ACCEPTED')
				    AS members,
				  (SELECT max(met_on) FROM messaging_committee_minutes WHERE institution_id = :institution) AS last_meeting
				""").param("institution", institutionId)
			.query((rs, n) -> new PublicFigures(rs.getInt("members"), rs.getObject("last_meeting", LocalDate.class)))
			.single();
	}

	private static CommitteeMember member(ResultSet rs, int n) throws SQLException {
		return new CommitteeMember(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
				rs.getObject("guardian_id", UUID.class), rs.getString("guardian_name"),
				CommitteeRole.valueOf(rs.getString("role")), MembershipStatus.valueOf(rs.getString("status")),
				rs.getObject("invited_at", OffsetDateTime.class), rs.getObject("answered_at", OffsetDateTime.class));
	}
}
