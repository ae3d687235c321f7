package org.tuoyu.family.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.family.Consent;
import org.tuoyu.family.ConsentKind;
import org.tuoyu.family.Guardian;
import org.tuoyu.family.Invitation;
import org.tuoyu.family.Pickup;
import org.tuoyu.family.Relation;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.Sex;

/** Storage of children, guardianships, invitations, pick-up persons and consents. */
@Repository
public class FamilyRows {

	private static final RowMapper<Invitation> INVITATIONS = (rs, n) -> new Invitation(rs.getObject("id", UUID.class),
			rs.getObject("child_id", UUID.class), rs.getString("child_name"), rs.getString("invited_by_name"),
			rs.getString("phone_masked"), Relation.valueOf(rs.getString("relation")), rs.getString("status"),
			rs.getObject("created_at", OffsetDateTime.class));

	private static final String INVITATION_SELECT = """
			SELECT v.*, c.name AS child_name, a.display_name AS invited_by_name FROM family_invitation v
			JOIN family_child c ON c.id = v.child_id JOIN platform_account a ON a.id = v.invited_by
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	FamilyRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public void insertChild(UUID id, String name, Sex sex, LocalDate birthDate, byte[] residentId, byte[] index,
			String masked, UUID createdBy) {
		jdbc.sql("""
				INSERT INTO family_child (id, name, sex, birth_date, resident_id, resident_id_index, resident_id_masked,
				  created_by) VALUES (:id, :name, :sex, :birth, :rid, :index, :masked, :by)
				""")
			.param("id", id).param("name", name).param("sex", sex.name()).param("birth", birthDate)
			.param("rid", residentId).param("index", index).param("masked", masked).param("by", createdBy)
			.update();
	}

	public boolean residentIdTaken(byte[] index) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM family_child WHERE resident_id_index = :index)")
			.param("index", index).query(Boolean.class).single();
	}

	/** The children registered with these blind indexes (hexadecimal), by index. */
	public Map<String, UUID> childIdsByResidentIdIndexes(Collection<String> hexIndexes) {
		return jdbc.sql("""
				SELECT encode(resident_id_index, 'hex') AS index, id FROM family_child
				WHERE resident_id_index = ANY (SELECT decode(h, 'hex') FROM unnest(CAST(:indexes AS text[])) h)
				""").param("indexes", hexIndexes.toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getString("index"), rs.getObject("id", UUID.class)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The blind index of the child's resident ID, if it has one. */
	public Optional<byte[]> residentIdIndex(UUID childId) {
		return jdbc.sql("SELECT resident_id_index FROM family_child WHERE id = :id AND resident_id_index IS NOT NULL")
			.param("id", childId).query((rs, n) -> rs.getBytes(1)).optional();
	}

	/** The child registered with the resident ID's blind index, if any. */
	public Optional<UUID> childIdByResidentIdIndex(byte[] index) {
		return jdbc.sql("SELECT id FROM family_child WHERE resident_id_index = :index").param("index", index)
			.query(UUID.class).optional();
	}

	public void insertGuardianship(UUID childId, UUID accountId, Relation relation) {
		jdbc.sql("""
				INSERT INTO family_guardianship (child_id, account_id, relation) VALUES (:child, :account, :relation)
				ON CONFLICT DO NOTHING
				""").param("child", childId).param("account", accountId).param("relation", relation.name()).update();
	}

	public boolean isGuardian(UUID childId, UUID accountId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM family_guardianship WHERE child_id = :child AND account_id = :account)")
			.param("child", childId).param("account", accountId).query(Boolean.class).single();
	}

	/** The children of a guardian, youngest first: id, name, sex, birth date, masked ID. */
	public List<ChildRow> childrenOf(UUID accountId) {
		return jdbc.sql("""
				SELECT c.id, c.name, c.sex, c.birth_date, c.resident_id_masked FROM family_child c
				JOIN family_guardianship g ON g.child_id = c.id WHERE g.account_id = :account
				ORDER BY c.birth_date DESC, c.name
				""").param("account", accountId).query(FamilyRows::child).list();
	}

	public Optional<ChildRow> child(UUID id) {
		return jdbc.sql("SELECT id, name, sex, birth_date, resident_id_masked FROM family_child WHERE id = :id")
			.param("id", id).query(FamilyRows::child).optional();
	}

	private static ChildRow child(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ChildRow(rs.getObject("id", UUID.class), rs.getString("name"), Sex.valueOf(rs.getString("sex")),
				rs.getObject("birth_date", LocalDate.class), rs.getString("resident_id_masked"));
	}

	/** For each of the children, the other children who share a guardian with it. */
	public Map<UUID, Set<UUID>> siblings(Collection<UUID> childIds) {
		Map<UUID, Set<UUID>> siblings = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT g1.child_id, g2.child_id AS sibling FROM family_guardianship g1
				JOIN family_guardianship g2 ON g2.account_id = g1.account_id AND g2.child_id <> g1.child_id
				WHERE g1.child_id = ANY (:children)
				""").param("children", childIds.toArray(UUID[]::new))
			.query((rs, n) -> siblings.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new HashSet<>())
				.add(rs.getObject("sibling", UUID.class)))
			.list();
		return siblings;
	}

	public List<Guardian> guardians(UUID childId) {
		return jdbc.sql("""
				SELECT a.id, a.display_name, a.username, g.relation FROM family_guardianship g
				JOIN platform_account a ON a.id = g.account_id WHERE g.child_id = :child ORDER BY g.created_at
				""").param("child", childId)
			.query((rs, n) -> new Guardian(rs.getObject("id", UUID.class), rs.getString("display_name"),
					maskedLogin(rs.getString("username")), Relation.valueOf(rs.getString("relation"))))
			.list();
	}

	/** A guardian signs in with a mobile number, shown masked; an account with another name (demo) as it is. */
	private static String maskedLogin(String username) {
		return username.matches("1[3-9]\\d{9}") ? PhoneNumber.of(username).masked() : username;
	}

	public void insertPickup(UUID id, UUID childId, String name, String relation, byte[] phone, String phoneMasked,
			UUID addedBy) {
		jdbc.sql("""
				INSERT INTO family_pickup (id, child_id, name, relation, phone, phone_masked, added_by)
				VALUES (:id, :child, :name, :relation, :phone, :masked, :by)
				""").param("id", id).param("child", childId).param("name", name).param("relation", relation)
			.param("phone", phone).param("masked", phoneMasked).param("by", addedBy).update();
	}

	public int removePickup(UUID id, UUID childId) {
		return jdbc.sql("UPDATE family_pickup SET removed_at = :now WHERE id = :id AND child_id = :child AND removed_at IS NULL").param("now", OffsetDateTime.now(clock))
			.param("id", id).param("child", childId).update();
	}

	public List<Pickup> pickups(UUID childId) {
		return jdbc.sql("""
				SELECT id, name, relation, phone_masked FROM family_pickup WHERE child_id = :child AND removed_at IS NULL
				ORDER BY created_at
				""").param("child", childId)
			.query((rs, n) -> new Pickup(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("relation"),
					rs.getString("phone_masked")))
			.list();
	}

	/** Grants a consent unless one of the kind is in force; returns whether it was granted now. */
	public boolean grantConsent(UUID id, UUID childId, ConsentKind kind, UUID by, OffsetDateTime at) {
		return jdbc.sql("""
				INSERT INTO family_consent (id, child_id, kind, granted_by, granted_at) VALUES (:id, :child, :kind, :by, :at)
				ON CONFLICT (child_id, kind) WHERE withdrawn_at IS NULL DO NOTHING
				""").param("id", id).param("child", childId).param("kind", kind.name()).param("by", by).param("at", at)
			.update() == 1;
	}

	public int withdrawConsent(UUID childId, ConsentKind kind, UUID by, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE family_consent SET withdrawn_by = :by, withdrawn_at = :at
				WHERE child_id = :child AND kind = :kind AND withdrawn_at IS NULL
				""").param("by", by).param("at", at).param("child", childId).param("kind", kind.name()).update();
	}

	/** Those of the children whose guardians have a consent of the kind in force. */
	public Set<UUID> consenting(Collection<UUID> childIds, ConsentKind kind) {
		return Set.copyOf(jdbc.sql("""
				SELECT child_id FROM family_consent WHERE child_id = ANY(:children) AND kind = :kind AND withdrawn_at IS NULL
				""").param("children", childIds.toArray(UUID[]::new)).param("kind", kind.name()).query(UUID.class).list());
	}

	public List<Consent> consents(UUID childId) {
		return jdbc.sql("SELECT id, kind, granted_at, withdrawn_at FROM family_consent WHERE child_id = :child ORDER BY granted_at DESC")
			.param("child", childId)
			.query((rs, n) -> new Consent(rs.getObject("id", UUID.class), ConsentKind.valueOf(rs.getString("kind")),
					local(rs.getObject("granted_at", OffsetDateTime.class)),
					local(rs.getObject("withdrawn_at", OffsetDateTime.class))))
			.list();
	}

	/** A stored instant in the city's time zone. */
	private OffsetDateTime local(OffsetDateTime stored) {
		return stored == null ? null : stored.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
	}

	public void insertInvitation(UUID id, UUID childId, UUID invitedBy, byte[] phoneIndex, String phoneMasked,
			Relation relation) {
		jdbc.sql("""
				INSERT INTO family_invitation (id, child_id, invited_by, phone_index, phone_masked, relation)
				VALUES (:id, :child, :by, :index, :masked, :relation)
				""").param("id", id).param("child", childId).param("by", invitedBy).param("index", phoneIndex)
			.param("masked", phoneMasked).param("relation", relation.name()).update();
	}

	public boolean invitationPending(UUID childId, byte[] phoneIndex) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM family_invitation WHERE child_id = :child AND phone_index = :index
				  AND status = 'PENDING')
				""").param("child", childId).param("index", phoneIndex).query(Boolean.class).single();
	}

	public List<Invitation> invitationsOfChild(UUID childId) {
		return jdbc.sql(INVITATION_SELECT + " WHERE v.child_id = :child AND v.status = 'PENDING' ORDER BY v.created_at")
			.param("child", childId).query(INVITATIONS).list();
	}

	public List<Invitation> pendingFor(byte[] phoneIndex) {
		return jdbc.sql(INVITATION_SELECT + " WHERE v.phone_index = :index AND v.status = 'PENDING' ORDER BY v.created_at")
			.param("index", phoneIndex).query(INVITATIONS).list();
	}

	/** Answers a pending invitation addressed to the phone; returns the invitation if it was pending. */
	public Optional<Invitation> answer(UUID id, byte[] phoneIndex, String status) {
		return jdbc.sql("""
				UPDATE family_invitation SET status = :status, answered_at = :now
				WHERE id = :id AND phone_index = :index AND status = 'PENDING' RETURNING id
				""").param("now", OffsetDateTime.now(clock)).param("status", status).param("id", id).param("index", phoneIndex)
			.query(UUID.class).optional()
			.flatMap(found -> jdbc.sql(INVITATION_SELECT + " WHERE v.id = :id").param("id", found).query(INVITATIONS).optional());
	}

	public record ChildRow(UUID id, String name, Sex sex, LocalDate birthDate, String residentIdMasked) {
	}
}
