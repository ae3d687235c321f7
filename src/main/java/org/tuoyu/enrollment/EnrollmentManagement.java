package org.tuoyu.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.internal.AgeClassPolicy;
import org.tuoyu.enrollment.internal.EnrollmentRows;
import org.tuoyu.enrollment.internal.EnrollmentRows.ApplicationRow;
import org.tuoyu.enrollment.internal.EnrollmentRows.ChoiceRow;
import org.tuoyu.enrollment.internal.EnrollmentRows.LineRow;
import org.tuoyu.enrollment.internal.PriorityPolicy;
import org.tuoyu.family.Child;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.UuidV7;

/**
 * Applications for places. A guardian applies for one child to up to {@code maxChoices}
 * institutions in ranked order; the child's age at the desired start decides the class type and an
 * institution without a class for it is refused with the reason. Each choice stands in a line per
 * institution and class type, ordered by the published priority rules, then by application time;
 * the guardian sees the position, the reasons and an expected wait, the institution its lines.
 */
@Service
public class EnrollmentManagement {

	private final EnrollmentRows rows;

	private final FamilyManagement family;

	private final InstitutionManagement institutions;

	private final EnrollmentRules rules;

	private final PriorityPolicy priority;

	private final AgeClassPolicy ages;

	private final AuditLog audit;

	private final Clock clock;

	EnrollmentManagement(EnrollmentRows rows, FamilyManagement family, InstitutionManagement institutions,
			EnrollmentRules rules, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.family = family;
		this.institutions = institutions;
		this.rules = rules;
		this.priority = new PriorityPolicy(rules);
		this.ages = new AgeClassPolicy(institutions.rules());
		this.audit = audit;
		this.clock = clock;
	}

	/** Applies for one of the guardian's children; returns the application's id. */
	@Transactional
	public UUID apply(CurrentUser user, NewApplication application) {
		if (application.childId() == null) {
			throw new BusinessRuleException("childId", "enrollment.field.required");
		}
		Child child = family.child(user, application.childId());
		LocalDate today = LocalDate.now(clock);
		LocalDate start = application.desiredStart();
		if (start == null) {
			throw new BusinessRuleException("desiredStart", "enrollment.field.required");
		}
		if (start.isBefore(today) || start.isAfter(today.plusMonths(rules.monthsAhead()))) {
			throw new BusinessRuleException("desiredStart", "enrollment.start.range", rules.monthsAhead());
		}
		if (application.serviceForm() == null) {
			throw new BusinessRuleException("serviceForm", "enrollment.field.required");
		}
		List<UUID> choices = application.institutionIds().stream().filter(java.util.Objects::nonNull).toList();
		if (choices.isEmpty()) {
			throw new BusinessRuleException("institutionIds", "enrollment.choices.none");
		}
		if (choices.size() > rules.maxChoices()) {
			throw new BusinessRuleException("institutionIds", "enrollment.choices.tooMany", rules.maxChoices());
		}
		if (new HashSet<>(choices).size() != choices.size()) {
			throw new BusinessRuleException("institutionIds", "enrollment.choices.repeated");
		}
		String street = application.homeStreet() == null || application.homeStreet().isBlank() ? null
				: application.homeStreet().trim();
		if (street != null && !street.matches("\\d{9}")) {
			throw new BusinessRuleException("homeStreet", "enrollment.street.invalid");
		}
		int age = AgeClassPolicy.ageMonths(child.birthDate(), start);
		ClassType classType = ages.classTypeFor(age)
			.orElseThrow(() -> new BusinessRuleException("desiredStart", "enrollment.age.outside", age));
		for (UUID id : choices) {
			InstitutionDetail detail = open(id);
			if (!detail.institution().serviceForms().contains(application.serviceForm())) {
				throw new BusinessRuleException("institutionIds", "enrollment.choice.noServiceForm",
						detail.institution().name(), application.serviceForm().messageKey());
			}
			boolean hasClass = detail.classes().stream().anyMatch(c -> ages.takes(c.type(), age));
			if (!hasClass) {
				throw new BusinessRuleException("institutionIds", "enrollment.choice.noClass",
						detail.institution().name(), age, classType.messageKey());
			}
		}
		if (rows.pendingFor(child.id())) {
			throw new BusinessRuleException("childId", "enrollment.application.pending");
		}
		UUID id = UuidV7.next();
		rows.insertApplication(id, child.id(), user.accountId(), start, application.serviceForm(), classType, street,
				application.supportNeeds());
		for (int i = 0; i < choices.size(); i++) {
			rows.insertChoice(id, i + 1, choices.get(i), application.employerStaffAt().contains(choices.get(i)));
		}
		audit.record(AuditEntry.of("enrollment.apply", "child", child.id()).withDetails(choices.size() + " choices"));
		return id;
	}

	/** The guardian's applications with their standing at each choice, newest first. */
	@Transactional
	public List<Application> applications(CurrentUser user) {
		Map<UUID, String> names = new HashMap<>();
		family.children(user).forEach(c -> names.put(c.id(), c.name()));
		if (names.isEmpty()) {
			return List.of();
		}
		Map<String, List<LineRow>> lines = new HashMap<>();
		Map<UUID, InstitutionDetail> details = new HashMap<>();
		return rows.applicationsOf(List.copyOf(names.keySet()))
			.stream()
			.map(a -> new Application(a.id(), a.childId(), names.get(a.childId()), a.desiredStart(), a.serviceForm(),
					a.classType(), a.status(), a.createdAt(),
					"PENDING".equals(a.status()) ? standings(a, lines, details) : List.of()))
			.toList();
	}

	/** Withdraws one of the guardian's pending applications. */
	@Transactional
	public void withdraw(CurrentUser user, UUID applicationId) {
		ApplicationRow application = rows.application(applicationId).orElseThrow(() -> new NotFoundException("application"));
		family.child(user, application.childId());
		if (rows.withdraw(applicationId) == 0) {
			throw new BusinessRuleException(null, "enrollment.application.notPending");
		}
		audit.record(AuditEntry.of("enrollment.withdraw", "child", application.childId()));
	}

	/** The lines of an institution in the user's scope, per class type, in line order. */
	@Transactional
	public Map<ClassType, List<WaitlistEntry>> waitlists(CurrentUser user, UUID institutionId) {
		InstitutionDetail detail = institutions.detail(user, institutionId);
		Map<ClassType, List<WaitlistEntry>> byType = new java.util.EnumMap<>(ClassType.class);
		for (ClassType type : List.of(ClassType.INFANT, ClassType.TODDLER, ClassType.OLDER_TODDLER)) {
			List<Ranked> line = ranked(detail, rows.line(institutionId, type));
			List<WaitlistEntry> entries = new ArrayList<>();
			for (int i = 0; i < line.size(); i++) {
				Ranked r = line.get(i);
				entries.add(new WaitlistEntry(i + 1, r.row().applicationId(), r.row().childName(),
						AgeClassPolicy.ageMonths(r.row().birthDate(), r.row().desiredStart()), r.row().desiredStart(), type,
						r.row().rank(), r.score(), r.reasons(), r.row().appliedAt().atZone(clock.getZone()).toOffsetDateTime()));
			}
			byType.put(type, entries);
		}
		audit.record(AuditEntry.of("enrollment.waitlist.read", "institution", institutionId)
			.in(detail.institution().divisionCode()));
		return byType;
	}

	/**
	 * The first application in line at the institution whose child fits the class (by age at the
	 * desired start) and has no open offer there; across the class types the class takes.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> nextInLine(UUID institutionId, UUID classId, Predicate<UUID> offerable) {
		InstitutionDetail detail = institutions.disclosure(institutionId);
		CareClass careClass = detail.classes().stream().filter(c -> c.id().equals(classId)).findFirst().orElseThrow();
		List<LineRow> all = new ArrayList<>();
		for (ClassType type : List.of(ClassType.INFANT, ClassType.TODDLER, ClassType.OLDER_TODDLER)) {
			if (ages.overlaps(careClass.type(), type)) {
				all.addAll(rows.line(institutionId, type));
			}
		}
		return ranked(detail, all).stream()
			.filter(r -> ages.takes(careClass.type(),
					AgeClassPolicy.ageMonths(r.row().birthDate(), r.row().desiredStart())))
			.map(r -> r.row().applicationId())
			.filter(offerable)
			.findFirst();
	}

	/** Lines and institutions are read once per request, however many applications share them. */
	private List<Standing> standings(ApplicationRow application, Map<String, List<LineRow>> lines,
			Map<UUID, InstitutionDetail> details) {
		List<Standing> standings = new ArrayList<>();
		for (ChoiceRow choice : rows.choices(application.id())) {
			InstitutionDetail detail = details.computeIfAbsent(choice.institutionId(), institutions::disclosure);
			List<LineRow> line = lines.computeIfAbsent(choice.institutionId() + "/" + application.classType(),
					k -> rows.line(choice.institutionId(), application.classType()));
			List<Ranked> ranked = ranked(detail, line);
			int position = 1;
			Ranked mine = null;
			for (Ranked r : ranked) {
				if (r.row().applicationId().equals(application.id())) {
					mine = r;
					break;
				}
				position++;
			}
			int age = mine == null ? -1 : AgeClassPolicy.ageMonths(mine.row().birthDate(), application.desiredStart());
			int places = detail.classes()
				.stream()
				.filter(c -> ages.takes(c.type(), age))
				.mapToInt(CareClass::capacity)
				.sum();
			standings.add(new Standing(choice.institutionId(), detail.institution().name(), choice.rank(),
					application.classType(), position, mine == null ? 0 : mine.score(),
					mine == null ? List.of() : mine.reasons(), places));
		}
		return standings;
	}

	private List<Ranked> ranked(InstitutionDetail detail, List<LineRow> line) {
		boolean employerRun = detail.institution().category() == InstitutionCategory.EMPLOYER;
		String street = detail.mainSite().divisionCode().value();
		// the brothers and sisters of the children placed there: few, however long the line
		Set<UUID> placed = line.isEmpty() ? Set.of() : rows.placedChildren(detail.institution().id());
		Set<UUID> siblingsPlaced = new HashSet<>();
		if (!placed.isEmpty()) {
			family.siblings(placed).values().forEach(siblingsPlaced::addAll);
		}
		return line.stream().map(row -> {
			boolean sibling = siblingsPlaced.contains(row.childId());
			List<PriorityReason> reasons = priority.reasons(sibling, employerRun, row.employerStaff(),
					row.supportNeeded(), row.homeStreet(), street);
			return new Ranked(row, reasons, priority.score(reasons));
		}).sorted(PriorityPolicy.lineOrder()).toList();
	}

	private InstitutionDetail open(UUID id) {
		InstitutionDetail detail = institutions.disclosure(id);
		InstitutionStatus status = detail.institution().status();
		if (status != InstitutionStatus.FILED && status != InstitutionStatus.VERIFIED) {
			throw new NotFoundException("institution");
		}
		return detail;
	}

	private record Ranked(LineRow row, List<PriorityReason> reasons, int score) implements PriorityPolicy.Ranked {

		@Override
		public Instant appliedAt() {
			return row.appliedAt();
		}

		@Override
		public UUID id() {
			return row.applicationId();
		}
	}
}
