package org.tuoyu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.enrollment.PlacementStarted;
import org.tuoyu.family.ChildFacts;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.DirectoryEntry;
import org.tuoyu.institution.DirectoryQuery;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.Site;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.internal.ClosureRows;
import org.tuoyu.supervision.internal.TransferPolicy;

/**
 * Closures (关停): when an institution is closing, a district or city administrator opens a case;
 * every enrolled child gets a proposed place at a nearby institution with a free place for its age
 * ({@link TransferPolicy}); the regulator may change a proposal and then confirms, which notifies
 * the guardians; each child is tracked until placed elsewhere (from enrolment's
 * {@link PlacementStarted}) or withdrawn, and the case closes when every child is resolved.
 */
@Service
public class ClosureManagement {

	private final ClosureRows rows;

	private final InstitutionManagement institutions;

	private final InstitutionDirectory directory;

	private final PlacementManagement placements;

	private final FamilyManagement family;

	private final Inbox inbox;

	private final AuditLog audit;

	private final ClosureSettings settings;

	private final TransferPolicy policy;

	private final Clock clock;

	ClosureManagement(ClosureRows rows, InstitutionManagement institutions, InstitutionDirectory directory,
			PlacementManagement placements, FamilyManagement family, Inbox inbox, AuditLog audit,
			ClosureSettings settings, Clock clock) {
		this.rows = rows;
		this.institutions = institutions;
		this.directory = directory;
		this.placements = placements;
		this.family = family;
		this.inbox = inbox;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.policy = new TransferPolicy((type, age) -> institutions.rules().rule(type).takes(age));
	}

	/**
	 * Opens a closure case for an institution in the administrator's area, with a proposal for each
	 * enrolled child; one active case per institution.
	 */
	@Transactional
	public UUID open(CurrentUser user, UUID institutionId, String reason, LocalDate plannedClosingOn) {
		requireAdministrator(user);
		if (institutionId == null) {
			throw new BusinessRuleException("institutionId", "supervision.closure.institution.required");
		}
		InstitutionDetail detail = institutions.detail(user, institutionId);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > settings.maxReason()) {
			throw new BusinessRuleException("reason", "supervision.closure.reason.required", settings.maxReason());
		}
		if (plannedClosingOn == null || plannedClosingOn.isBefore(LocalDate.now(clock))) {
			throw new BusinessRuleException("plannedClosingOn", "supervision.closure.date.past");
		}
		if (rows.activeFor(institutionId)) {
			throw new BusinessRuleException("institutionId", "supervision.closure.alreadyOpen");
		}
		UUID id = UuidV7.next();
		rows.insert(id, institutionId, detail.institution().name(), detail.institution().divisionCode().value(), why,
				plannedClosingOn, user.accountId());
		List<EnrollmentRecord> enrolled = placements.roster(user, institutionId).stream()
			.filter(EnrollmentRecord::active)
			.toList();
		Map<UUID, EnrollmentRecord> byChild = new LinkedHashMap<>();
		List<TransferPolicy.Child> children = new ArrayList<>();
		for (EnrollmentRecord record : enrolled) {
			if (byChild.putIfAbsent(record.childId(), record) == null) {
				children.add(new TransferPolicy.Child(record.childId(), ageMonths(record.childId(), plannedClosingOn)));
			}
		}
		List<TransferPolicy.Proposal> proposals = policy.propose(children, options(detail));
		int position = 0;
		for (TransferPolicy.Proposal proposal : proposals) {
			EnrollmentRecord record = byChild.get(proposal.childId());
			int age = ageMonths(record.childId(), plannedClosingOn);
			Optional<TransferPolicy.Option> to = proposal.institution();
			rows.insertTransfer(id, ++position, record.childId(), record.classType(), age,
					to.map(TransferPolicy.Option::institutionId).orElse(null),
					to.map(TransferPolicy.Option::name).orElse(null), proposal.classType(),
					to.map(TransferPolicy.Option::distanceM).orElse(null));
		}
		audit.record(AuditEntry.of("CLOSURE_OPENED", "closure", id)
			.in(detail.institution().divisionCode())
			.withDetails(institutionId + " children=" + proposals.size()));
		return id;
	}

	/** The closure cases of institutions in the officer's area, active first. */
	@Transactional(readOnly = true)
	public List<Closure> cases(CurrentUser user) {
		if (!user.role().isOfficer() || user.scope().division() == null) {
			return List.of();
		}
		return rows.within(user.scope().division().value());
	}

	/** One case with its children (names masked); reading the children is audited. */
	@Transactional
	public ClosureCase closure(CurrentUser user, UUID id) {
		Closure closure = visible(user, id);
		List<Transfer> transfers = rows.transfers(id).stream()
			.map(t -> withName(t, family.facts(t.childId()).map(ChildFacts::name).map(Transfer::mask).orElse("")))
			.toList();
		audit.record(AuditEntry.of("CLOSURE_CHILDREN_READ", "closure", id).in(DivisionCode.of(closure.divisionCode())));
		return new ClosureCase(closure, transfers);
	}

	/**
	 * For each child still to be placed in an open case, the nearby institutions that could take it
	 * given the other children's proposals, nearest first.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<TransferCandidate>> candidates(CurrentUser user, UUID id) {
		Closure closure = visible(user, id);
		Map<UUID, List<TransferCandidate>> candidates = new LinkedHashMap<>();
		if (closure.status() != ClosureStatus.OPEN) {
			return candidates;
		}
		List<Transfer> transfers = rows.transfers(id);
		List<TransferPolicy.Option> options = options(institutions.detail(user, closure.institutionId()));
		for (Transfer transfer : transfers) {
			candidates.put(transfer.id(), choices(transfer, transfers, options).stream()
				.map(c -> new TransferCandidate(c.option().institutionId(), c.option().name(), c.classType(),
						c.option().distanceM(), c.free()))
				.toList());
		}
		return candidates;
	}

	/**
	 * Changes the proposal of one child of an open case to another nearby institution that still has
	 * a fitting free place.
	 */
	@Transactional
	public void propose(CurrentUser user, UUID id, UUID transferId, UUID institutionId) {
		requireAdministrator(user);
		Closure closure = visible(user, id);
		rows.lock(id);
		if (rows.find(id).orElseThrow().status() != ClosureStatus.OPEN) {
			throw new BusinessRuleException(null, "supervision.closure.notOpen");
		}
		List<Transfer> transfers = rows.transfers(id);
		Transfer transfer = transfers.stream()
			.filter(t -> t.id().equals(transferId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("transfer"));
		TransferPolicy.Choice choice = choices(transfer, transfers, options(institutions.detail(user, closure.institutionId())))
			.stream()
			.filter(c -> c.option().institutionId().equals(institutionId))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("institutionId", "supervision.closure.noPlace"));
		rows.propose(transferId, institutionId, choice.option().name(), choice.classType(), choice.option().distanceM());
		audit.record(AuditEntry.of("CLOSURE_PROPOSAL_CHANGED", "closure", id)
			.in(DivisionCode.of(closure.divisionCode()))
			.withDetails(transferId + " -> " + institutionId));
	}

	/**
	 * Confirms an open case: every child's guardians are notified of the proposed institution (with
	 * a link to its public page), or told that the district will contact them when none was found.
	 */
	@Transactional
	public void confirm(CurrentUser user, UUID id) {
		requireAdministrator(user);
		Closure closure = visible(user, id);
		rows.lock(id);
		if (rows.find(id).orElseThrow().status() != ClosureStatus.OPEN) {
			throw new BusinessRuleException(null, "supervision.closure.notOpen");
		}
		rows.confirm(id);
		String day = closure.plannedClosingOn().toString();
		for (Transfer transfer : rows.transfers(id)) {
			if (transfer.status().resolved()) {
				continue;
			}
			for (UUID guardian : family.guardianAccounts(transfer.childId())) {
				if (transfer.proposedInstitutionId() == null) {
					inbox.send(guardian, "supervision.closure.notification.none", null, closure.institutionName(), day);
				}
				else {
					inbox.send(guardian, "supervision.closure.notification.proposed",
							"/directory/institutions/" + transfer.proposedInstitutionId(), closure.institutionName(), day,
							transfer.proposedInstitution());
				}
			}
		}
		rows.closeIfResolved(id);
		audit.record(AuditEntry.of("CLOSURE_CONFIRMED", "closure", id).in(DivisionCode.of(closure.divisionCode())));
	}

	/** Records that a child of the case will not transfer (e.g. the family withdrew it), with a note. */
	@Transactional
	public void withdraw(CurrentUser user, UUID id, UUID transferId, String note) {
		requireAdministrator(user);
		Closure closure = visible(user, id);
		rows.lock(id);
		Transfer transfer = rows.transfers(id).stream()
			.filter(t -> t.id().equals(transferId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("transfer"));
		if (transfer.status().resolved()) {
			throw new BusinessRuleException(null, "supervision.closure.resolved");
		}
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() || text.length() > 500) {
			throw new BusinessRuleException("note", "supervision.closure.note.required", 500);
		}
		rows.withdraw(transferId, LocalDate.now(clock), text);
		rows.closeIfResolved(id);
		audit.record(AuditEntry.of("CLOSURE_CHILD_WITHDRAWN", "closure", id)
			.in(DivisionCode.of(closure.divisionCode()))
			.withDetails(transferId.toString()));
	}

	/** Enrolment placed a child somewhere: if it is tracked by a closure case, see {@link #recordPlacement}. */
	@ApplicationModuleListener
	public void on(PlacementStarted started) {
		recordPlacement(started.childId(), started.institutionId());
	}

	/**
	 * A child of a closing institution took up a place at another institution: it is placed in
	 * every active case tracking it, and a confirmed case with every child resolved closes.
	 */
	@Transactional
	public void recordPlacement(UUID childId, UUID institutionId) {
		for (UUID closureId : rows.placed(childId, institutionId, LocalDate.now(clock))) {
			rows.closeIfResolved(closureId);
			audit.record(AuditEntry.of("CLOSURE_CHILD_PLACED", "closure", closureId).withDetails(institutionId.toString()));
		}
	}

	private List<TransferPolicy.Choice> choices(Transfer transfer, List<Transfer> all, List<TransferPolicy.Option> options) {
		List<Map.Entry<UUID, ClassType>> taken = all.stream()
			.filter(t -> !t.id().equals(transfer.id()) && t.proposedInstitutionId() != null && !t.status().resolved())
			.map(t -> Map.entry(t.proposedInstitutionId(), t.proposedClassType()))
			.toList();
		return policy.candidates(new TransferPolicy.Child(transfer.childId(), transfer.ageMonths()), options, taken);
	}

	/** Filed institutions near the closing one's main site with their free places, itself excluded. */
	private List<TransferPolicy.Option> options(InstitutionDetail closing) {
		Site site = closing.mainSite();
		int radius = Math.min(settings.searchRadiusM(), directory.rules().maxRadiusM());
		List<DirectoryEntry> nearby = directory.search(
				new DirectoryQuery(site.latitude(), site.longitude(), radius, null, false, null, null, false));
		return nearby.stream()
			.filter(e -> !e.id().equals(closing.institution().id()))
			.map(e -> {
				Map<ClassType, Integer> free = new EnumMap<>(ClassType.class);
				e.vacancies().forEach((type, vacancy) -> free.put(type, vacancy.free()));
				return new TransferPolicy.Option(e.id(), e.name(), e.distanceM(), free);
			})
			.toList();
	}

	private int ageMonths(UUID childId, LocalDate on) {
		return family.facts(childId)
			.map(f -> (int) Math.max(0, ChronoUnit.MONTHS.between(f.birthDate(), on)))
			.orElse(0);
	}

	private Closure visible(CurrentUser user, UUID id) {
		return rows.find(id)
			.filter(c -> user.role().isOfficer() && user.scope().covers(DivisionCode.of(c.divisionCode())))
			.orElseThrow(() -> new NotFoundException("closure"));
	}

	private static void requireAdministrator(CurrentUser user) {
		if (user.role() != Role.DISTRICT_ADMIN && user.role() != Role.CITY_ADMIN) {
			throw new BusinessRuleException(null, "supervision.closure.notAllowed");
		}
	}

	private static Transfer withName(Transfer t, String name) {
		return new Transfer(t.id(), t.childId(), name, t.ageMonths(), t.classType(), t.proposedInstitutionId(),
				t.proposedInstitution(), t.proposedClassType(), t.proposedDistanceM(), t.status(),
				t.placedInstitutionId(), t.resolvedOn(), t.note());
	}
}
