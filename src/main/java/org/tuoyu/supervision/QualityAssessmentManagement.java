package org.tuoyu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.internal.GradePolicy;
import org.tuoyu.supervision.internal.QualityAssessmentRows;

/**
 * Quality assessment and grading (质量评估与等级评定, WS/T 821): an institution's administrator
 * self-assesses the 7 dimensions once a year (one open assessment at a time) and submits; a district
 * or city administrator in scope reviews each dimension and approves, which grades the reviewed
 * total by the configured bands and publishes the grade, or returns it for revision.
 */
@Service
public class QualityAssessmentManagement {

	private static final int MAX_NOTE = 1000;

	private final QualityAssessmentRows rows;

	private final GradePolicy policy;

	private final InstitutionManagement institutions;

	private final AccountManagement accounts;

	private final Inbox inbox;

	private final AuditLog audit;

	private final Clock clock;

	QualityAssessmentManagement(QualityAssessmentRows rows, GradePolicy policy, InstitutionManagement institutions,
			AccountManagement accounts, Inbox inbox, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.policy = policy;
		this.institutions = institutions;
		this.accounts = accounts;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Starts the self-assessment of the administrator's institution for a year (this year when
	 * {@code null}; this or last year); returns its id.
	 * @throws BusinessRuleException on field {@code year} when one is open or the year is taken
	 */
	@Transactional
	public UUID start(CurrentUser user, Integer year) {
		Institution institution = ownInstitution(user);
		int today = LocalDate.now(clock).getYear();
		int assessed = year == null ? today : year;
		if (assessed > today || assessed < today - 1) {
			throw new BusinessRuleException("year", "supervision.grading.yearRange", today - 1, today);
		}
		Optional<QualityAssessmentStatus> blocking = rows.blocking(institution.id(), assessed);
		if (blocking.isPresent()) {
			throw taken(blocking.get());
		}
		UUID id = UuidV7.next();
		try {
			rows.insert(id, institution.id(), institution.divisionCode().value(), assessed, policy.rules().maxPoints(),
					user.accountId(), clock.instant());
		}
		catch (DataIntegrityViolationException ex) {
			// another administrator started one at the same moment
			throw taken(QualityAssessmentStatus.DRAFT);
		}
		audit.record(new AuditEntry("SUPERVISION_ASSESSMENT_STARTED", "assessment", id.toString(),
				institution.divisionCode(), institution.id(), String.valueOf(assessed)));
		return id;
	}

	/**
	 * Saves the institution's scores and notes of a draft or returned assessment and, with
	 * {@code submit}, submits it for review (every dimension scored). The district's administrators
	 * are told of a submission.
	 * @throws BusinessRuleException on field {@code scores[DIMENSION]} for a score outside 0..points
	 */
	@Transactional
	public void saveSelfAssessment(CurrentUser user, UUID id, QualityAssessmentInput input, boolean submit) {
		Institution institution = ownInstitution(user);
		QualityAssessment assessment = rows.lock(id)
			.filter(a -> a.institutionId().equals(institution.id()))
			.orElseThrow(() -> new NotFoundException("assessment"));
		if (!assessment.status().editable()) {
			throw new BusinessRuleException(null, "supervision.grading.notEditable");
		}
		Map<QualityAssessmentDimension, Integer> max = maxPoints(assessment);
		policy.check(input.scores(), max, submit);
		for (QualityAssessmentDimension dimension : QualityAssessmentDimension.values()) {
			rows.selfScore(id, dimension, input.scores().get(dimension), note(dimension, input.notes()));
		}
		if (submit) {
			int total = input.scores().values().stream().mapToInt(Integer::intValue).sum();
			rows.submitted(id, total, clock.instant());
			for (UUID officer : accounts.officersCovering(institution.divisionCode(), Role.DISTRICT_ADMIN)) {
				inbox.send(officer, "supervision.grading.submittedNotice", "/admin/supervision/assessments/" + id,
						institution.name(), String.valueOf(assessment.year()));
			}
		}
		audit.record(new AuditEntry(submit ? "SUPERVISION_ASSESSMENT_SUBMITTED" : "SUPERVISION_ASSESSMENT_SAVED",
				"assessment", id.toString(), institution.divisionCode(), institution.id(), ""));
	}

	/**
	 * The regulator's review of a submitted assessment in scope (district or city administrators):
	 * with {@code approve}, every dimension's reviewed score is required and the total is graded
	 * and published; otherwise it is returned to the institution with {@code comment} (required).
	 * @throws NotFoundException outside the user's scope
	 */
	@Transactional
	public void review(CurrentUser user, UUID id, QualityAssessmentInput input, boolean approve, String comment) {
		QualityAssessment assessment = rows.lock(id).filter(a -> visible(user, a)).orElseThrow(
				() -> new NotFoundException("assessment"));
		if (user.role() != Role.CITY_ADMIN && user.role() != Role.DISTRICT_ADMIN) {
			throw new BusinessRuleException(null, "supervision.grading.regulatorsOnly");
		}
		if (assessment.status() != QualityAssessmentStatus.SUBMITTED) {
			throw new BusinessRuleException(null, "supervision.grading.notSubmitted");
		}
		policy.check(input.scores(), maxPoints(assessment), approve);
		String overall = comment == null || comment.isBlank() ? null : comment.strip();
		if (overall != null && overall.length() > MAX_NOTE) {
			throw new BusinessRuleException("comment", "supervision.grading.tooLong", MAX_NOTE);
		}
		if (!approve && overall == null) {
			throw new BusinessRuleException("comment", "supervision.grading.returnReason");
		}
		for (QualityAssessmentDimension dimension : QualityAssessmentDimension.values()) {
			rows.reviewedScore(id, dimension, input.scores().get(dimension), note(dimension, input.notes()));
		}
		Integer total = input.scores().size() == QualityAssessmentDimension.values().length
				? input.scores().values().stream().mapToInt(Integer::intValue).sum() : null;
		Grade grade = approve ? policy.grade(total) : null;
		LocalDate today = LocalDate.now(clock);
		rows.reviewed(id, approve ? QualityAssessmentStatus.APPROVED : QualityAssessmentStatus.RETURNED, total, grade,
				overall, user.accountId(), user.displayName(), clock.instant(), approve ? today : null);
		for (UUID admin : accounts.institutionAccounts(assessment.institutionId(), Role.INSTITUTION_ADMIN)) {
			inbox.send(admin, approve ? "supervision.grading.approvedNotice." + grade : "supervision.grading.returnedNotice",
					"/org/supervision/assessments/" + id, String.valueOf(assessment.year()));
		}
		audit.record(new AuditEntry(approve ? "SUPERVISION_ASSESSMENT_APPROVED" : "SUPERVISION_ASSESSMENT_RETURNED",
				"assessment", id.toString(), DivisionCode.of(assessment.divisionCode()),
				assessment.institutionId(), approve ? total + " " + grade : ""));
	}

	/**
	 * The assessments in the user's scope, optionally of one status: the officer's area (submitted
	 * first) or the staff member's institution (latest year first).
	 */
	@Transactional(readOnly = true)
	public List<QualityAssessment> assessments(CurrentUser user, QualityAssessmentStatus status) {
		List<QualityAssessment> found;
		if (user.role().isOfficer()) {
			found = rows.within(user.scope().division().value(), status);
		}
		else if (user.role().isInstitutionStaff()) {
			found = rows.ofInstitution(user.scope().institutionId())
				.stream()
				.filter(a -> status == null || a.status() == status)
				.toList();
		}
		else {
			found = List.of();
		}
		return named(found);
	}

	/** One assessment in the user's scope, or 404. */
	@Transactional(readOnly = true)
	public QualityAssessment assessment(CurrentUser user, UUID id) {
		return rows.find(id).filter(a -> visible(user, a)).map(a -> named(List.of(a)).get(0)).orElseThrow(
				() -> new NotFoundException("assessment"));
	}

	/** The published grade of a filed institution, if it has an approved assessment; 404 for drafts. */
	@Transactional(readOnly = true)
	public Optional<PublicGrade> publicGrade(UUID institutionId) {
		Institution institution = institutions.disclosure(institutionId).institution();
		return rows.latestApproved(institution.id())
			.map(a -> new PublicGrade(institution.id(), a.grade(), a.year(), a.approvedOn()));
	}

	/** The configured points and grade bands. */
	public GradingRules rules() {
		return policy.rules();
	}

	private Institution ownInstitution(CurrentUser user) {
		if (user.role() != Role.INSTITUTION_ADMIN) {
			throw new BusinessRuleException(null, "supervision.grading.institutionAdminsOnly");
		}
		Institution institution = institutions.own(user).institution();
		if (institution.status() == InstitutionStatus.DRAFT) {
			throw new BusinessRuleException(null, "supervision.grading.notFiled");
		}
		return institution;
	}

	private static BusinessRuleException taken(QualityAssessmentStatus status) {
		return new BusinessRuleException("year",
				status.editable() || status == QualityAssessmentStatus.SUBMITTED ? "supervision.grading.openExists"
						: "supervision.grading.yearTaken");
	}

	private static boolean visible(CurrentUser user, QualityAssessment assessment) {
		if (user.role().isOfficer()) {
			return user.scope().covers(DivisionCode.of(assessment.divisionCode()));
		}
		return user.role().isInstitutionStaff() && assessment.institutionId().equals(user.scope().institutionId());
	}

	private static Map<QualityAssessmentDimension, Integer> maxPoints(QualityAssessment assessment) {
		Map<QualityAssessmentDimension, Integer> max = new EnumMap<>(QualityAssessmentDimension.class);
		assessment.scores().forEach(s -> max.put(s.dimension(), s.maxPoints()));
		return max;
	}

	private static String note(QualityAssessmentDimension dimension, Map<QualityAssessmentDimension, String> notes) {
		String note = notes.get(dimension);
		if (note == null || note.isBlank()) {
			return null;
		}
		if (note.strip().length() > MAX_NOTE) {
			throw new BusinessRuleException("notes[" + dimension.name() + "]", "supervision.grading.tooLong", MAX_NOTE);
		}
		return note.strip();
	}

	private List<QualityAssessment> named(List<QualityAssessment> assessments) {
		Map<UUID, Institution> byId = institutions.institutionsByIds(
				assessments.stream().map(QualityAssessment::institutionId).collect(Collectors.toSet()));
		Map<UUID, String> names = new HashMap<>();
		byId.forEach((id, i) -> names.put(id, i.name()));
		return assessments.stream().map(a -> a.named(names.getOrDefault(a.institutionId(), ""))).toList();
	}
}
