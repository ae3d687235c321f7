package org.tuoyu.health;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.health.internal.CheckRows;
import org.tuoyu.health.internal.HealthAlerts;
import org.tuoyu.health.internal.OutbreakWatch;
import org.tuoyu.health.internal.ReexaminationRows;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.UuidV7;

/**
 * Morning and noon checks (晨午检) and re-examinations (返园体检). Institution staff check the
 * children placed at their institution; anything abnormal is sent to the child's guardians, and
 * every check with symptoms is counted for outbreak signals ({@link OutbreakManagement}).
 */
@Service
public class HealthManagement {

	private static final BigDecimal LOWEST = new BigDecimal("35.0");

	private static final BigDecimal HIGHEST = new BigDecimal("42.0");

	private static final int MAX_NOTE = 200;

	private static final int MAX_REEXAMINATION_NOTE = 500;

	private final CheckRows checks;

	private final ReexaminationRows reexaminations;

	private final HealthPlaces places;

	private final OutbreakWatch outbreaks;

	private final HealthAlerts alerts;

	private final HealthRules rules;

	private final AuditLog audit;

	private final Clock clock;

	HealthManagement(CheckRows checks, ReexaminationRows reexaminations, HealthPlaces places, OutbreakWatch outbreaks,
			HealthAlerts alerts, HealthRules rules, AuditLog audit, Clock clock) {
		this.checks = checks;
		this.reexaminations = reexaminations;
		this.places = places;
		this.outbreaks = outbreaks;
		this.alerts = alerts;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records today's morning or noon check of a child placed at the user's institution (any
	 * institution staff), or corrects the one already recorded for that session. A temperature
	 * from {@link HealthRules#feverFrom()} adds FEVER. An abnormal result (a symptom, or not
	 * attending) is sent to every guardian; symptoms are counted for outbreak signals.
	 * @return the stored check
	 * @throws NotFoundException when the child is not placed at the user's institution
	 */
	@Transactional
	public DailyCheck recordCheck(CurrentUser user, NewDailyCheck check) {
		Set<Symptom> symptoms = validated(check);
		if (check.temperature().compareTo(rules.feverFrom()) >= 0) {
			symptoms.add(Symptom.FEVER);
		}
		HealthPlaces.Placed placed = places.placed(user, check.childId());
		EnrollmentRecord child = placed.record();
		Institution institution = placed.institution();
		LocalDate today = LocalDate.now(clock);
		String note = check.note() == null || check.note().isBlank() ? null : check.note().trim();
		CheckRows.Stored stored = checks.save(new CheckRows.Row(UuidV7.next(), child.childId(), institution.id(),
				child.classId(), institution.divisionCode().value(), today, check.session(), check.temperature(), symptoms,
				note, check.outcome(), user.accountId()));
		audit.record(new AuditEntry(stored.corrected() ? "health.check.correct" : "health.check.record", "child",
				child.childId().toString(), institution.divisionCode(), institution.id(),
				check.session() + " " + check.temperature() + " " + symptoms + " " + check.outcome()));
		DailyCheck saved = checks.check(stored.id());
		if (saved.abnormal()) {
			alerts.abnormalCheck(child.childId(), child.childName(), check.session(), check.temperature().toPlainString(),
					symptoms, check.outcome());
		}
		outbreaks.afterCheck(new OutbreakWatch.Place(institution.id(), institution.name(), institution.divisionCode(),
				child.classId(), child.className()), symptoms, today);
		return saved;
	}

	/**
	 * The checks of one of the staff member's classes on a day.
	 * @throws NotFoundException when the class is not at the user's institution
	 */
	@Transactional
	public List<DailyCheck> checks(CurrentUser user, UUID classId, LocalDate day) {
		HealthPlaces.ClassAt careClass = places.ownClass(user, classId);
		audit.record(new AuditEntry("health.checks.read", "class", classId.toString(),
				careClass.institution().divisionCode(), careClass.institution().id(), String.valueOf(day)));
		return checks.ofClass(classId, day);
	}

	/**
	 * The children of one of the staff member's classes with today's check of the session.
	 * @throws NotFoundException when the class is not at the user's institution
	 */
	@Transactional
	public CheckSheet checkSheet(CurrentUser user, UUID classId, CheckSession session) {
		HealthPlaces.ClassAt careClass = places.ownClass(user, classId);
		LocalDate today = LocalDate.now(clock);
		Map<UUID, DailyCheck> done = checks.ofClass(classId, today)
			.stream()
			.filter(c -> c.session() == session)
			.collect(Collectors.toMap(DailyCheck::childId, Function.identity()));
		List<CheckSheet.Row> rows = places.roster(user)
			.stream()
			.filter(r -> r.classId().equals(classId))
			.map(r -> new CheckSheet.Row(r.childId(), r.childName(), done.get(r.childId())))
			.toList();
		return new CheckSheet(classId, careClass.careClass().name(), today, session, rows);
	}

	/** The classes of the staff member's institution, for choosing one to check. */
	@Transactional(readOnly = true)
	public List<CareClass> classes(CurrentUser user) {
		return places.own(user).classes();
	}

	/**
	 * Records the re-examination (返园体检) of a child placed at the user's institution, by a health
	 * worker or the institution's administrator.
	 * @return the new record's id
	 */
	@Transactional
	public UUID recordReexamination(CurrentUser user, UUID childId, LocalDate examinedOn, boolean passed, String note) {
		if (!ChildHealthAccess.keeper(user)) {
			throw new BusinessRuleException(null, "health.reexamination.notAllowed");
		}
		if (childId == null) {
			throw new BusinessRuleException("childId", "health.field.required");
		}
		if (examinedOn == null) {
			throw new BusinessRuleException("examinedOn", "health.field.required");
		}
		if (examinedOn.isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("examinedOn", "health.reexamination.future");
		}
		String text = ChildHealthAccess.optionalText("note", note, MAX_REEXAMINATION_NOTE);
		HealthPlaces.Placed placed = places.placed(user, childId);
		Institution institution = placed.institution();
		UUID id = UuidV7.next();
		reexaminations.insert(id, childId, institution.id(), institution.divisionCode().value(), examinedOn, passed, text,
				user.accountId());
		audit.record(new AuditEntry("health.reexamination.record", "child", childId.toString(),
				institution.divisionCode(), institution.id(), examinedOn + (passed ? " passed" : " failed")));
		return id;
	}

	/** The re-examinations recorded at the staff member's institution, newest first. */
	@Transactional
	public List<Reexamination> reexaminations(CurrentUser user) {
		Institution institution = places.own(user).institution();
		audit.record(new AuditEntry("health.reexaminations.read", "institution", institution.id().toString(),
				institution.divisionCode(), institution.id(), ""));
		return reexaminations.ofInstitution(institution.id());
	}

	/**
	 * Whether the child passed a re-examination on or after {@code since}: a child away three
	 * months or more returns only after one. No scope check — for other modules (attendance),
	 * which check their own scope first; it reveals nothing but a yes or no.
	 */
	@Transactional(readOnly = true)
	public boolean passedReexaminationSince(UUID childId, LocalDate since) {
		return reexaminations.passedSince(childId, since);
	}

	private static Set<Symptom> validated(NewDailyCheck check) {
		if (check.childId() == null) {
			throw new BusinessRuleException("childId", "health.field.required");
		}
		if (check.session() == null) {
			throw new BusinessRuleException("session", "health.field.required");
		}
		BigDecimal temperature = check.temperature();
		if (temperature == null) {
			throw new BusinessRuleException("temperature", "health.field.required");
		}
		if (temperature.compareTo(LOWEST) < 0 || temperature.compareTo(HIGHEST) > 0
				|| temperature.stripTrailingZeros().scale() > 1) {
			throw new BusinessRuleException("temperature", "health.check.temperatureRange", "35.0", "42.0");
		}
		if (check.outcome() == null) {
			throw new BusinessRuleException("outcome", "health.field.required");
		}
		Set<Symptom> symptoms = check.symptoms() == null || check.symptoms().isEmpty() ? EnumSet.noneOf(Symptom.class)
				: EnumSet.copyOf(check.symptoms());
		boolean noNote = check.note() == null || check.note().isBlank();
		if (symptoms.contains(Symptom.OTHER) && noNote) {
			throw new BusinessRuleException("note", "health.check.otherNeedsNote");
		}
		if (!noNote && check.note().trim().length() > MAX_NOTE) {
			throw new BusinessRuleException("note", "health.field.tooLong", MAX_NOTE);
		}
		return symptoms;
	}
}
