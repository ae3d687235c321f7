package org.tuoyu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.supervision.internal.ChecklistCatalog;
import org.tuoyu.supervision.internal.InspectionOutcomePolicy;
import org.tuoyu.supervision.internal.InspectionPhotoPolicy;
import org.tuoyu.supervision.internal.InspectionRows;
import org.tuoyu.supervision.internal.PublicationDeadlinePolicy;
import org.tuoyu.supervision.internal.PublicationRows;
import org.tuoyu.supervision.internal.RectificationDeadlinePolicy;
import org.tuoyu.supervision.internal.RectificationRows;

/**
 * Inspections (检查): scheduled from double-random draws or opened ad hoc by a district, recorded
 * item by item against a snapshot of the checklist with evidence photos and findings, concluded
 * with an overall result (which issues a rectification order per finding and publishes
 * {@link InspectionConcluded}) and then published by the district (一公开) within the configured
 * working days. Officers see inspections in their division subtree; the assigned inspectors and
 * the district's administrators record them; a concluded inspection is read-only.
 */
@Service
public class InspectionManagement {

	static final int MAX_TEXT = 2000;

	private final InspectionRows rows;

	private final RectificationRows orders;

	private final PublicationRows publications;

	private final ChecklistCatalog checklist;

	private final InstitutionManagement institutions;

	private final AccountManagement accounts;

	private final PublicationDeadlinePolicy publicationDeadline;

	private final RectificationDeadlinePolicy rectificationDeadline;

	private final InspectionSettings settings;

	private final AuditLog audit;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InspectionManagement(InspectionRows rows, RectificationRows orders, PublicationRows publications,
			ChecklistCatalog checklist, InstitutionManagement institutions, AccountManagement accounts,
			PublicationDeadlinePolicy publicationDeadline, RectificationDeadlinePolicy rectificationDeadline,
			InspectionSettings settings, AuditLog audit, Inbox inbox, ApplicationEventPublisher events, Clock clock) {
		this.rows = rows;
		this.orders = orders;
		this.publications = publications;
		this.checklist = checklist;
		this.institutions = institutions;
		this.accounts = accounts;
		this.publicationDeadline = publicationDeadline;
		this.rectificationDeadline = rectificationDeadline;
		this.settings = settings;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens an ad-hoc inspection (e.g. a complaint follow-up) of a filed institution in the
	 * district administrator's scope, with inspectors whose area covers the institution.
	 * @return the new inspection's id
	 * @throws NotFoundException when the institution is outside the user's scope
	 */
	@Transactional
	public UUID open(CurrentUser user, NewInspection request) {
		requireAdministrator(user);
		if (request.institutionId() == null) {
			throw new BusinessRuleException("institutionId", "supervision.inspection.institution.required");
		}
		Institution institution = institutions.institutionsByIds(List.of(request.institutionId()))
			.values()
			.stream()
			.filter(i -> InstitutionManagement.visible(user, i))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("institution"));
		if (institution.status() == InstitutionStatus.DRAFT) {
			throw new BusinessRuleException("institutionId", "supervision.inspection.institution.draft");
		}
		List<UUID> inspectors = request.inspectorAccountIds() == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(request.inspectorAccountIds()));
		if (inspectors.isEmpty()) {
			throw new BusinessRuleException("inspectorAccountIds", "supervision.inspection.inspectors.required");
		}
		Set<UUID> covering = Set.copyOf(accounts.officersCovering(institution.divisionCode(), Role.INSPECTOR));
		if (!covering.containsAll(inspectors)) {
			throw new BusinessRuleException("inspectorAccountIds", "supervision.inspection.inspectors.invalid");
		}
		if (request.dueOn() == null) {
			throw new BusinessRuleException("dueOn", "supervision.inspection.dueOn.required");
		}
		if (request.dueOn().isBefore(today())) {
			throw new BusinessRuleException("dueOn", "supervision.inspection.dueOn.past");
		}
		String reason = text("reason", request.reason(), 500, true);
		UUID id = UuidV7.next();
		schedule(id, institution, InspectionSource.AD_HOC, null, reason, request.dueOn(), inspectors, user.accountId());
		return id;
	}

	/** Schedules the inspection of one drawn institution; nothing when the draw already scheduled it. */
	boolean scheduleDrawn(DrawMade draw, DrawMade.Assignment assignment) {
		Institution institution = institutions.institutionsByIds(List.of(assignment.institutionId()))
			.get(assignment.institutionId());
		if (institution == null) {
			throw new IllegalStateException("Drawn institution " + assignment.institutionId() + " does not exist");
		}
		return schedule(UuidV7.next(), institution, InspectionSource.DRAW, draw.drawId(), null, draw.periodEnd(),
				assignment.inspectorAccountIds(), null);
	}

	private boolean schedule(UUID id, Institution institution, InspectionSource source, UUID drawId, String reason,
			LocalDate dueOn, List<UUID> inspectors, UUID createdBy) {
		if (!rows.insert(id, institution.id(), institution.name(), institution.divisionCode().value(), source, drawId,
				reason, dueOn, checklist.version(), createdBy)) {
			return false;
		}
		rows.insertInspectors(id, inspectors);
		rows.insertItems(id, checklist.items());
		audit.record(new AuditEntry("supervision.inspection.scheduled", "inspection", id.toString(),
				institution.divisionCode(), institution.id(), source + " due " + dueOn));
		for (UUID inspector : inspectors) {
			inbox.send(inspector, "supervision.inspection.notification.assigned", "/admin/supervision/inspections/" + id,
					institution.name(), dueOn.toString());
		}
		return true;
	}

	/**
	 * Inspections in the officer's division subtree: only the user's own when {@code mine}, of a
	 * status and outcome when given, only concluded unpublished ones when {@code unpublishedOnly}.
	 */
	@Transactional(readOnly = true)
	public List<InspectionSummary> list(CurrentUser user, boolean mine, InspectionStatus status,
			InspectionOutcome outcome, boolean unpublishedOnly) {
		String division = officerDivision(user);
		return rows.list(division, mine ? user.accountId() : null, status, outcome, unpublishedOnly);
	}

	/** Concluded results in the officer's area still unpublished after their deadline. */
	@Transactional(readOnly = true)
	public int overduePublications(CurrentUser user) {
		return rows.overduePublications(officerDivision(user), today());
	}

	/** One inspection in the officer's scope with everything recorded, or 404. */
	@Transactional(readOnly = true)
	public InspectionDetail detail(CurrentUser user, UUID id) {
		InspectionSummary summary = readable(user, id);
		return new InspectionDetail(summary, rows.checklistVersion(id), rows.reason(id).orElse(""), rows.conclusion(id),
				rows.items(id), rows.findings(id), orders.ofInspection(id), rows.photos(id));
	}

	/** Records the result of one checklist item with an optional note. */
	@Transactional
	public void recordItem(CurrentUser user, UUID id, String itemCode, ChecklistResult result, String note) {
		InspectionSummary inspection = writable(user, id);
		if (result == null) {
			throw new BusinessRuleException("result", "supervision.checklist.result.required");
		}
		String text = text("note", note, MAX_TEXT, false);
		if (!rows.updateItem(id, itemCode, result, text)) {
			throw new NotFoundException("checklist item");
		}
		audit.record(entry("supervision.checklist.recorded", inspection, itemCode + " " + result));
	}

	/** Adds a finding against an item recorded as not met; returns its id. */
	@Transactional
	public UUID addFinding(CurrentUser user, UUID id, String itemCode, FindingSeverity severity, String description) {
		InspectionSummary inspection = writable(user, id);
		ChecklistItem item = rows.items(id)
			.stream()
			.filter(i -> i.code().equals(itemCode))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("itemCode", "supervision.finding.item.unknown"));
		if (item.result() != ChecklistResult.NOT_MET) {
			throw new BusinessRuleException("itemCode", "supervision.finding.item.notNotMet", item.code());
		}
		if (severity == null) {
			throw new BusinessRuleException("severity", "supervision.finding.severity.required");
		}
		String text = text("description", description, MAX_TEXT, true);
		UUID findingId = UuidV7.next();
		rows.insertFinding(findingId, id, item.code(), severity, text);
		audit.record(entry("supervision.finding.added", inspection, item.code() + " " + severity));
		return findingId;
	}

	/** Removes a finding of a scheduled inspection. */
	@Transactional
	public void removeFinding(CurrentUser user, UUID id, UUID findingId) {
		InspectionSummary inspection = writable(user, id);
		if (!rows.deleteFinding(id, findingId)) {
			throw new NotFoundException("finding");
		}
		audit.record(entry("supervision.finding.removed", inspection, findingId.toString()));
	}

	/** Adds an evidence photo (JPEG or PNG) to a checklist item; returns its id. */
	@Transactional
	public UUID addPhoto(CurrentUser user, UUID id, String itemCode, byte[] content) {
		InspectionSummary inspection = writable(user, id);
		if (rows.items(id).stream().noneMatch(i -> i.code().equals(itemCode))) {
			throw new NotFoundException("checklist item");
		}
		String type = InspectionPhotoPolicy.check(content, rows.photoCount(id, itemCode, null), settings);
		UUID photoId = UuidV7.next();
		rows.insertPhoto(photoId, id, itemCode, null, type, content, user.accountId());
		audit.record(entry("supervision.inspection.photo", inspection, itemCode));
		return photoId;
	}

	/** An evidence photo of an inspection in the officer's scope. */
	@Transactional(readOnly = true)
	public PhotoContent photo(CurrentUser user, UUID id, UUID photoId) {
		readable(user, id);
		return rows.photo(id, photoId).orElseThrow(() -> new NotFoundException("photo"));
	}

	/**
	 * Concludes a scheduled inspection with an outcome consistent with its findings
	 * ({@code InspectionOutcomePolicy}): issues a rectification order per finding with its
	 * deadline, tells the institution's administrators, and publishes {@link InspectionConcluded}.
	 * @throws InspectionConflictException when it was already concluded (e.g. by a concurrent request)
	 */
	@Transactional
	public void conclude(CurrentUser user, UUID id, InspectionOutcome outcome, String conclusion) {
		InspectionSummary inspection = writable(user, id);
		List<Finding> findings = rows.findings(id);
		InspectionOutcomePolicy.check(outcome, rows.items(id), findings);
		String text = text("conclusion", conclusion, MAX_TEXT, false);
		LocalDate today = today();
		rows.conclude(id, outcome, text, today, user.accountId(), publicationDeadline.dueOn(today));
		for (Finding finding : findings) {
			orders.insert(UuidV7.next(), finding.id(), id, inspection.institutionId(), inspection.divisionCode(), today,
					rectificationDeadline.deadline(today, finding.severity()));
		}
		if (!findings.isEmpty()) {
			for (UUID admin : accounts.institutionAccounts(inspection.institutionId(), Role.INSTITUTION_ADMIN)) {
				inbox.send(admin, "supervision.rectification.notification.issued", "/org/supervision/rectifications",
						String.valueOf(findings.size()));
			}
		}
		int serious = (int) findings.stream().filter(f -> f.severity() == FindingSeverity.SERIOUS).count();
		audit.record(entry("supervision.inspection.concluded", inspection, outcome + " findings " + findings.size()));
		events.publishEvent(new InspectionConcluded(id, inspection.institutionId(), inspection.divisionCode(), outcome,
				findings.size() - serious, serious, today));
	}

	/**
	 * Publishes the result of a concluded inspection (district or city administrators) on the
	 * public list and the institution's public page.
	 * @throws InspectionConflictException when it was already published
	 */
	@Transactional
	public void publish(CurrentUser user, UUID id) {
		requireAdministrator(user);
		readable(user, id);
		rows.lock(id);
		InspectionSummary inspection = readable(user, id);
		if (inspection.status() != InspectionStatus.CONCLUDED) {
			throw new BusinessRuleException(null, "supervision.publication.notConcluded");
		}
		if (!publications.insert(id, today(), user.accountId())) {
			throw new InspectionConflictException("supervision.publication.alreadyPublished");
		}
		audit.record(entry("supervision.publication.published", inspection, inspection.outcome().name()));
	}

	/** Today in the city. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	static String text(String field, String value, int max, boolean required) {
		String text = value == null ? "" : value.trim();
		if (required && text.isEmpty()) {
			throw new BusinessRuleException(field, "supervision.inspection.field.required");
		}
		if (text.length() > max) {
			throw new BusinessRuleException(field, "supervision.inspection.field.tooLong", max);
		}
		return text.isEmpty() ? null : text;
	}

	static void requireAdministrator(CurrentUser user) {
		if (user.role() != Role.DISTRICT_ADMIN && user.role() != Role.CITY_ADMIN) {
			throw new BusinessRuleException(null, "supervision.inspection.administratorsOnly");
		}
	}

	/** Whether the officer may record or decide for the inspection: an assigned inspector or an administrator. */
	static boolean mayRecord(CurrentUser user, InspectionSummary inspection) {
		return inspection.assignedTo(user.accountId()) || user.role() == Role.DISTRICT_ADMIN
				|| user.role() == Role.CITY_ADMIN;
	}

	private static String officerDivision(CurrentUser user) {
		if (!user.role().isOfficer()) {
			throw new NotFoundException("inspections");
		}
		return user.scope().division().value();
	}

	InspectionSummary readable(CurrentUser user, UUID id) {
		String division = officerDivision(user);
		return rows.summary(id)
			.filter(i -> i.divisionCode().startsWith(division))
			.orElseThrow(() -> new NotFoundException("inspection"));
	}

	/** Locks a scheduled inspection the user may record; a concluded one is a conflict. */
	private InspectionSummary writable(CurrentUser user, UUID id) {
		InspectionSummary inspection = readable(user, id);
		if (!mayRecord(user, inspection)) {
			throw new BusinessRuleException(null, "supervision.inspection.notAssigned");
		}
		if (rows.lock(id).orElseThrow() != InspectionStatus.SCHEDULED) {
			throw new InspectionConflictException("supervision.inspection.readOnly");
		}
		return inspection;
	}

	private static AuditEntry entry(String action, InspectionSummary inspection, String details) {
		return new AuditEntry(action, "inspection", inspection.id().toString(),
				org.tuoyu.shared.DivisionCode.of(inspection.divisionCode()), inspection.institutionId(), details);
	}
}
