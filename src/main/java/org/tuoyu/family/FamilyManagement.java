package org.tuoyu.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.family.internal.FamilyRows;
import org.tuoyu.family.internal.FamilyRows.ChildRow;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.PersonalDataProtection;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;

/**
 * A guardian's family: children (added by a guardian, who becomes their first guardian),
 * co-guardians invited by mobile number who must accept, pick-up persons and consents. A guardian
 * sees and changes only children they are a guardian of; anything else is not found. Every read of
 * a child's record and every change is audited.
 */
@Service
public class FamilyManagement {

	/** The purpose under which children's resident IDs are encrypted and indexed. */
	public static final String CHILD_RESIDENT_ID = "child-resident-id";

	static final String GUARDIAN_PHONE = "guardian-phone";

	static final String PICKUP_PHONE = "pickup-phone";

	private final FamilyRows rows;

	private final PersonalDataProtection protection;

	private final AuditLog audit;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FamilyManagement(FamilyRows rows, PersonalDataProtection protection, AuditLog audit, Inbox inbox,
			ApplicationEventPublisher events, Clock clock) {
		this.rows = rows;
		this.protection = protection;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The accounts of the child's guardians, to notify them. No scope check: callers (the child's
	 * institution) check their own scope first.
	 */
	@Transactional(readOnly = true)
	public List<UUID> guardianAccounts(UUID childId) {
		return guardiansOf(childId).stream().map(Guardian::accountId).toList();
	}

	/** The child's guardians (they may always pick the child up). No scope check, as above. */
	@Transactional(readOnly = true)
	public List<Guardian> guardiansOf(UUID childId) {
		return rows.guardians(childId);
	}

	/** The child's authorised pick-up persons. No scope check: the child's institution checks its own. */
	@Transactional(readOnly = true)
	public List<Pickup> pickupsOf(UUID childId) {
		return rows.pickups(childId);
	}

	/**
	 * The child's name, sex and birth date, if the child exists. No scope check and no audit
	 * entry: for other modules that check their own caller's scope to the child first (e.g. the
	 * growth record) and audit what they show.
	 */
	@Transactional(readOnly = true)
	public Optional<ChildFacts> facts(UUID childId) {
		return rows.child(childId).map(c -> new ChildFacts(c.id(), c.name(), c.sex(), c.birthDate()));
	}

	/**
	 * For each of the children, its brothers and sisters: the other children sharing a guardian.
	 * No scope check: callers use it for ranking, never to show the siblings.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Set<UUID>> siblings(Collection<UUID> childIds) {
		return childIds.isEmpty() ? Map.of() : rows.siblings(childIds);
	}

	/**
	 * The ids of the children an account is a guardian of. No audit entry: ids only, for other
	 * modules' scope checks on the guardian's own requests (e.g. which conversations are theirs).
	 */
	@Transactional(readOnly = true)
	public List<UUID> childIdsOf(UUID guardianAccountId) {
		return rows.childrenOf(guardianAccountId).stream().map(ChildRow::id).toList();
	}

	/** The guardian's children with their records, youngest first. */
	@Transactional
	public List<Child> children(CurrentUser user) {
		requireGuardian(user);
		List<Child> children = rows.childrenOf(user.accountId()).stream().map(this::record).toList();
		audit.record(AuditEntry.of("family.children.read", "account", user.accountId()));
		return children;
	}

	/** One of the guardian's children, or not found. */
	@Transactional
	public Child child(CurrentUser user, UUID childId) {
		ChildRow child = own(user, childId);
		audit.record(AuditEntry.of("family.child.read", "child", childId));
		return record(child);
	}

	/**
	 * Adds a child; the guardian becomes its first guardian. Returns the child's id and publishes
	 * {@link ChildAdded}.
	 */
	@Transactional
	public UUID addChild(CurrentUser user, NewChild child) {
		requireGuardian(user);
		String name = text("name", child.name(), 1, 30);
		if (child.sex() == null) {
			throw new BusinessRuleException("sex", "family.field.required");
		}
		LocalDate birthDate = child.birthDate();
		if (birthDate == null) {
			throw new BusinessRuleException("birthDate", "family.field.required");
		}
		LocalDate today = LocalDate.now(clock);
		if (birthDate.isAfter(today)) {
			throw new BusinessRuleException("birthDate", "family.child.bornInFuture");
		}
		if (birthDate.isBefore(today.minusYears(6))) {
			throw new BusinessRuleException("birthDate", "family.child.tooOld");
		}
		if (child.relation() == null) {
			throw new BusinessRuleException("relation", "family.field.required");
		}
		byte[] cipher = null;
		byte[] index = null;
		String masked = null;
		if (child.residentId() != null && !child.residentId().isBlank()) {
			ResidentId residentId = BusinessRuleException.onField("residentId", () -> {
				ResidentId id = ResidentId.of(child.residentId(), today);
				id.requireMatches(birthDate, child.sex());
				return id;
			});
			index = protection.blindIndex(CHILD_RESIDENT_ID, residentId.value());
			if (rows.residentIdTaken(index)) {
				throw new BusinessRuleException("residentId", "family.child.alreadyRegistered");
			}
			cipher = protection.encrypt(CHILD_RESIDENT_ID, residentId.value());
			masked = residentId.masked();
		}
		UUID id = UuidV7.next();
		rows.insertChild(id, name, child.sex(), birthDate, cipher, index, masked, user.accountId());
		rows.insertGuardianship(id, user.accountId(), child.relation());
		audit.record(AuditEntry.of("family.child.add", "child", id));
		events.publishEvent(new ChildAdded(id, index));
		return id;
	}

	/** Adds a person authorised to collect the child. */
	@Transactional
	public UUID addPickup(CurrentUser user, UUID childId, String name, String relation, String phone) {
		own(user, childId);
		String personName = text("name", name, 1, 30);
		String personRelation = text("relation", relation, 1, 20);
		PhoneNumber number = phone("phone", phone);
		UUID id = UuidV7.next();
		rows.insertPickup(id, childId, personName, personRelation, protection.encrypt(PICKUP_PHONE, number.value()),
				number.masked(), user.accountId());
		audit.record(AuditEntry.of("family.pickup.add", "child", childId));
		return id;
	}

	/** Removes a pick-up person of the child. */
	@Transactional
	public void removePickup(CurrentUser user, UUID childId, UUID pickupId) {
		own(user, childId);
		if (rows.removePickup(pickupId, childId) == 0) {
			throw new NotFoundException("pickup");
		}
		audit.record(AuditEntry.of("family.pickup.remove", "child", childId));
	}

	/** Whether the child's guardians have a consent of this kind in force now. */
	public boolean consentInForce(UUID childId, ConsentKind kind) {
		return rows.consents(childId).stream().anyMatch(c -> c.kind() == kind && c.withdrawnAt() == null);
	}

	/**
	 * Those of the children whose guardians have a consent of this kind in force now, in one query.
	 * No scope check: for other modules that check their caller's reach to the children first.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> consentsInForce(Collection<UUID> childIds, ConsentKind kind) {
		return childIds.isEmpty() ? Set.of() : rows.consenting(childIds, kind);
	}

	/** Gives a consent, with the time it is given; giving one already in force changes nothing. */
	@Transactional
	public void grantConsent(CurrentUser user, UUID childId, ConsentKind kind) {
		own(user, childId);
		if (rows.grantConsent(UuidV7.next(), childId, kind, user.accountId(), OffsetDateTime.now(clock))) {
			audit.record(AuditEntry.of("family.consent.grant", "child", childId).withDetails(kind.name()));
		}
	}

	/** Withdraws a consent in force, with the time; nothing in force changes nothing. */
	@Transactional
	public void withdrawConsent(CurrentUser user, UUID childId, ConsentKind kind) {
		own(user, childId);
		if (rows.withdrawConsent(childId, kind, user.accountId(), OffsetDateTime.now(clock)) > 0) {
			audit.record(AuditEntry.of("family.consent.withdraw", "child", childId).withDetails(kind.name()));
		}
	}

	/**
	 * Invites another guardian by mobile number; they see it on their family page when they sign in
	 * (or register) with that number.
	 */
	@Transactional
	public UUID invite(CurrentUser user, UUID childId, String phone, Relation relation) {
		ChildRow child = own(user, childId);
		PhoneNumber number = phone("phone", phone);
		if (relation == null) {
			throw new BusinessRuleException("relation", "family.field.required");
		}
		if (number.value().equals(user.username())) {
			throw new BusinessRuleException("phone", "family.invite.self");
		}
		byte[] index = protection.blindIndex(GUARDIAN_PHONE, number.value());
		if (rows.invitationPending(childId, index)) {
			throw new BusinessRuleException("phone", "family.invite.pending");
		}
		UUID id = UuidV7.next();
		rows.insertInvitation(id, childId, user.accountId(), index, number.masked(), relation);
		audit.record(AuditEntry.of("family.invite", "child", childId).withDetails(number.masked()));
		return id;
	}

	/** Invitations waiting for the signed-in guardian (matched by their mobile number). */
	@Transactional(readOnly = true)
	public List<Invitation> invitations(CurrentUser user) {
		requireGuardian(user);
		return rows.pendingFor(protection.blindIndex(GUARDIAN_PHONE, user.username()));
	}

	/** Accepts an invitation addressed to the guardian: they become a guardian of the child. */
	@Transactional
	public UUID accept(CurrentUser user, UUID invitationId) {
		requireGuardian(user);
		Invitation invitation = rows.answer(invitationId, protection.blindIndex(GUARDIAN_PHONE, user.username()), "ACCEPTED")
			.orElseThrow(() -> new NotFoundException("invitation"));
		rows.insertGuardianship(invitation.childId(), user.accountId(), invitation.relation());
		audit.record(AuditEntry.of("family.invite.accept", "child", invitation.childId()));
		for (Guardian guardian : rows.guardians(invitation.childId())) {
			if (!guardian.accountId().equals(user.accountId())) {
				inbox.send(guardian.accountId(), "family.notification.accepted", "/family/children/" + invitation.childId(),
						user.displayName(), invitation.childName());
			}
		}
		return invitation.childId();
	}

	/** Declines an invitation addressed to the guardian. */
	@Transactional
	public void decline(CurrentUser user, UUID invitationId) {
		requireGuardian(user);
		Invitation invitation = rows.answer(invitationId, protection.blindIndex(GUARDIAN_PHONE, user.username()), "DECLINED")
			.orElseThrow(() -> new NotFoundException("invitation"));
		audit.record(AuditEntry.of("family.invite.decline", "child", invitation.childId()));
	}

	/**
	 * The child registered with this resident ID, found through the keyed blind index (the number
	 * itself is never compared in clear). No scope check and no audit entry: for other modules that
	 * match a list of numbers (e.g. vouchers issued by list), which check their own caller's scope
	 * and audit what they do with the child.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> childIdByResidentId(ResidentId residentId) {
		return rows.childIdByResidentIdIndex(protection.blindIndex(CHILD_RESIDENT_ID, residentId.value()));
	}

	/**
	 * The children registered with these resident ID blind indexes (under {@link #CHILD_RESIDENT_ID},
	 * in lower-case hexadecimal), by index, in one lookup: for other modules that keep the same index
	 * and match many numbers at once (the guidance register's import). No scope check and no audit
	 * entry, as {@link #childIdByResidentId}.
	 */
	@Transactional(readOnly = true)
	public Map<String, UUID> childIdsByResidentIdIndexes(Collection<String> hexIndexes) {
		return hexIndexes.isEmpty() ? Map.of() : rows.childIdsByResidentIdIndexes(hexIndexes);
	}

	/**
	 * The blind index of the child's resident ID under {@link #CHILD_RESIDENT_ID}, if the child has
	 * one; for other modules matching their own records of the child. No scope check, no audit entry.
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> residentIdIndex(UUID childId) {
		return rows.residentIdIndex(childId);
	}

	private Child record(ChildRow child) {
		return new Child(child.id(), child.name(), child.sex(), child.birthDate(), child.residentIdMasked(),
				rows.guardians(child.id()), rows.pickups(child.id()), rows.consents(child.id()),
				rows.invitationsOfChild(child.id()));
	}

	private ChildRow own(CurrentUser user, UUID childId) {
		requireGuardian(user);
		if (!rows.isGuardian(childId, user.accountId())) {
			throw new NotFoundException("child");
		}
		return rows.child(childId).orElseThrow(() -> new NotFoundException("child"));
	}

	private static void requireGuardian(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			throw new NotFoundException("child");
		}
	}

	private static String text(String field, String value, int min, int max) {
		String trimmed = value == null ? "" : value.trim();
		if (trimmed.length() < min || trimmed.length() > max) {
			throw new BusinessRuleException(field, "family.field.length", min, max);
		}
		return trimmed;
	}

	private static PhoneNumber phone(String field, String raw) {
		return BusinessRuleException.onField(field, () -> PhoneNumber.of(raw == null ? "" : raw));
	}
}
