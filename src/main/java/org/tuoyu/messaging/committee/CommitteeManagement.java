package org.tuoyu.messaging.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.Guardian;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.messaging.committee.CommitteeRows.Writing;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.UuidV7;

/**
 * The parents' committee (家长委员会) and the institution's public texts. The institution's
 * administrator invites guardians of children placed there with a role (the guardian is told in the
 * inbox), ends memberships, records meeting minutes, and writes and publishes its house rules,
 * service commitments and fee notes (see {@link CommitteeActions}, {@link CommitteePolicy}). A
 * guardian accepts or declines on the phone and reads the committee, the minutes and the published
 * texts of each institution where a child of theirs is placed. The published texts are public, on
 * the institution's disclosure page. Writes are audited.
 */
@Service
public class CommitteeManagement {

	private static final Set<MembershipStatus> STANDING = EnumSet.of(MembershipStatus.INVITED, MembershipStatus.ACCEPTED);

	private final CommitteeRows rows;

	private final InstitutionManagement institutions;

	private final EnrollmentRecordManagement placements;

	private final FamilyManagement family;

	private final Inbox inbox;

	private final AuditLog audit;

	private final Clock clock;

	CommitteeManagement(CommitteeRows rows, InstitutionManagement institutions, EnrollmentRecordManagement placements,
			FamilyManagement family, Inbox inbox, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.institutions = institutions;
		this.placements = placements;
		this.family = family;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** The committee of the staff member's institution: members (every status), minutes and public texts. */
	@Transactional(readOnly = true)
	public Committee committee(CurrentUser user) {
		CommitteeActions.requireStaff(user);
		Institution institution = institutions.own(user).institution();
		return new Committee(institution.id(), institution.name(),
				rows.members(List.of(institution.id()), EnumSet.allOf(MembershipStatus.class)), rows.minutes(institution.id()),
				commitments(institution.id()));
	}

	/** The guardians of the children placed at the administrator's institution now, by name, whom it may invite. */
	@Transactional(readOnly = true)
	public List<Invitable> invitable(CurrentUser user) {
		CommitteeActions.requireAdministrator(user);
		return invitable(institutions.own(user)).values().stream()
			.sorted((a, b) -> a.name().compareTo(b.name()))
			.toList();
	}

	/**
	 * Invites a guardian of a child placed at the administrator's institution to its committee; the
	 * guardian is told in the inbox.
	 *
	 * @return the membership's id
	 * @throws NotFoundException for a guardian of no child placed there
	 * @throws BusinessRuleException when the guardian is invited or serving already, or a chair is
	 *         invited while the committee has one
	 */
	@Transactional
	public UUID invite(CurrentUser user, UUID guardianAccountId, CommitteeRole role) {
		CommitteeActions.requireAdministrator(user);
		InstitutionDetail detail = institutions.own(user);
		if (guardianAccountId == null) {
			throw new BusinessRuleException("guardianAccountId", "messaging.committee.field.required");
		}
		Invitable guardian = Optional.ofNullable(invitable(detail).get(guardianAccountId))
			.orElseThrow(() -> new NotFoundException("guardian"));
		Institution institution = detail.institution();
		rows.lockInstitution(institution.id());
		CommitteePolicy.checkInvitation(role, rows.chairTaken(institution.id()),
				rows.isIn(institution.id(), guardianAccountId));
		UUID id = UuidV7.next();
		rows.invite(id, guardianAccountId, guardian.name(), role, writing(user, institution));
		inbox.send(guardianAccountId, "messaging.committee.notification.invited." + role, "/family/committee",
				institution.name());
		audit.record(AuditEntry.of("messaging.committee.invite", "account", guardianAccountId)
			.in(institution.divisionCode())
			.withDetails(role.name()));
		return id;
	}

	/**
	 * The invited guardian accepts (becomes a member) or declines.
	 *
	 * @throws NotFoundException for an invitation of someone else
	 * @throws BusinessRuleException when it was answered or ended already
	 */
	@Transactional
	public void answer(CurrentUser user, UUID membershipId, boolean accept) {
		CommitteeActions.requireGuardian(user);
		CommitteeMember member = membershipId == null ? null
				: rows.lockMember(membershipId).filter(m -> m.guardianAccountId().equals(user.accountId())).orElse(null);
		if (member == null) {
			throw new NotFoundException("invitation");
		}
		CommitteePolicy.checkAnswer(member.status());
		rows.answer(membershipId, accept ? MembershipStatus.ACCEPTED : MembershipStatus.DECLINED, OffsetDateTime.now(clock));
		audit.record(AuditEntry.of(accept ? "messaging.committee.accept" : "messaging.committee.decline", "committeeMember",
				membershipId));
	}

	/** The administrator ends a membership or withdraws an invitation. */
	@Transactional
	public void end(CurrentUser user, UUID membershipId) {
		CommitteeActions.requireAdministrator(user);
		UUID institution = user.scope().institutionId();
		CommitteeMember member = membershipId == null ? null
				: rows.lockMember(membershipId).filter(m -> m.institutionId().equals(institution)).orElse(null);
		if (member == null) {
			throw new NotFoundException("committeeMember");
		}
		if (!STANDING.contains(member.status())) {
			throw new BusinessRuleException(null, "messaging.committee.end.notStanding");
		}
		rows.end(membershipId, OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("messaging.committee.end", "committeeMember", membershipId));
	}

	/**
	 * Records the minutes of a committee meeting, read by the institution's families.
	 *
	 * @return the minutes' id
	 */
	@Transactional
	public UUID recordMinutes(CurrentUser user, NewMinutes minutes) {
		CommitteeActions.requireAdministrator(user);
		NewMinutes checked = CommitteePolicy.check(minutes, LocalDate.now(clock));
		Institution institution = institutions.own(user).institution();
		UUID id = UuidV7.next();
		rows.insertMinutes(id, checked, writing(user, institution));
		audit.record(AuditEntry.of("messaging.committee.minutes.record", "institution", institution.id())
			.in(institution.divisionCode())
			.withDetails(checked.metOn().toString()));
		return id;
	}

	/** Writes the draft of a public text; what is published stays until it is published again. */
	@Transactional
	public void saveCommitment(CurrentUser user, CommitmentKind kind, String text) {
		CommitteeActions.requireAdministrator(user);
		if (kind == null) {
			throw new BusinessRuleException("kind", "messaging.committee.field.required");
		}
		String checked = CommitteePolicy.text("text", text, CommitteePolicy.MAX_TEXT);
		Institution institution = institutions.own(user).institution();
		rows.saveDraft(kind, checked, writing(user, institution));
		audit.record(AuditEntry.of("messaging.committee.commitment.save", "institution", institution.id())
			.in(institution.divisionCode())
			.withDetails(kind.name()));
	}

	/**
	 * Publishes the draft of a public text on the institution's disclosure page.
	 *
	 * @throws BusinessRuleException when there is no draft, or nothing changed since it was published
	 */
	@Transactional
	public void publishCommitment(CurrentUser user, CommitmentKind kind) {
		CommitteeActions.requireAdministrator(user);
		if (kind == null) {
			throw new BusinessRuleException("kind", "messaging.committee.field.required");
		}
		Institution institution = institutions.own(user).institution();
		if (!rows.publish(institution.id(), kind, user.accountId(), OffsetDateTime.now(clock))) {
			throw new BusinessRuleException("kind", "messaging.committee.commitment.nothingToPublish");
		}
		audit.record(AuditEntry.of("messaging.committee.commitment.publish", "institution", institution.id())
			.in(institution.divisionCode())
			.withDetails(kind.name()));
	}

	/**
	 * The committees a guardian sees: those of the institutions where a child of theirs is placed
	 * (members, minutes, published texts) and those that invited them (the invitation and members).
	 */
	@Transactional(readOnly = true)
	public List<FamilyCommittee> forFamily(CurrentUser user) {
		CommitteeActions.requireGuardian(user);
		List<UUID> children = family.childIdsOf(user.accountId());
		Set<UUID> placedAt = new LinkedHashSet<>();
		placements.currentPlacements(children).values().forEach(p -> placedAt.add(p.institutionId()));
		List<CommitteeMember> invitations = rows.invitationsOf(user.accountId());
		Set<UUID> shown = new LinkedHashSet<>(placedAt);
		invitations.forEach(i -> shown.add(i.institutionId()));
		Map<UUID, Institution> names = institutions.institutionsByIds(shown);
		List<CommitteeMember> members = rows.members(shown, EnumSet.of(MembershipStatus.ACCEPTED));
		List<FamilyCommittee> committees = new ArrayList<>();
		for (UUID institution : shown) {
			boolean placed = placedAt.contains(institution);
			committees.add(new FamilyCommittee(institution,
					Optional.ofNullable(names.get(institution)).map(Institution::name).orElse(""),
					invitations.stream().filter(i -> i.institutionId().equals(institution)).toList(),
					members.stream().filter(m -> m.institutionId().equals(institution)).toList(),
					placed ? rows.minutes(institution) : List.of(),
					placed ? published(institution) : List.of()));
		}
		return committees;
	}

	/** The institution's published texts, for everyone (its disclosure page). */
	@Transactional(readOnly = true)
	public List<Commitment> published(UUID institutionId) {
		return rows.commitments(institutionId)
			.stream()
			.filter(c -> c.publishedText() != null)
			.map(c -> new Commitment(c.kind(), null, null, c.publishedText(), c.publishedAt()))
			.toList();
	}

	/** Every kind of public text, those not written yet empty. */
	private List<Commitment> commitments(UUID institutionId) {
		Map<CommitmentKind, Commitment> written = new LinkedHashMap<>();
		rows.commitments(institutionId).forEach(c -> written.put(c.kind(), c));
		return Arrays.stream(CommitmentKind.values())
			.map(k -> written.getOrDefault(k, new Commitment(k, null, null, null, null)))
			.toList();
	}

	/** The guardians of the children placed at the institution now, by account. */
	private Map<UUID, Invitable> invitable(InstitutionDetail detail) {
		Map<UUID, List<String>> children = new LinkedHashMap<>();
		Map<UUID, String> names = new LinkedHashMap<>();
		for (CareClass careClass : detail.classes()) {
			for (EnrollmentRecord placement : placements.placedIn(careClass.id())) {
				for (Guardian guardian : family.guardiansOf(placement.childId())) {
					names.putIfAbsent(guardian.accountId(), guardian.displayName());
					children.computeIfAbsent(guardian.accountId(), k -> new ArrayList<>()).add(placement.childName());
				}
			}
		}
		Map<UUID, Invitable> invitable = new LinkedHashMap<>();
		names.forEach((account, name) -> invitable.put(account, new Invitable(account, name, children.get(account))));
		return invitable;
	}

	private Writing writing(CurrentUser user, Institution institution) {
		return new Writing(institution.id(), institution.divisionCode().value(), user.accountId(), user.displayName(),
				OffsetDateTime.now(clock));
	}
}
