package org.tuoyu.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.health.internal.ExaminationRows;
import org.tuoyu.health.internal.ExaminationSchedule;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.UuidV7;

/**
 * Admission (入托体检) and periodic (定期体检) health checks. The health worker or administrator of
 * the institution where a child is placed records them; the child's guardians and the officers
 * covering the institution read them. A passed admission check is needed before a child's first
 * day; periodic checks fall due by age ({@link HealthRules.Examination}), and the health worker
 * sees who is overdue.
 */
@Service
public class HealthExaminations {

	/** Lowest and highest haemoglobin (g/L) accepted as a real measurement. */
	public static final int HAEMOGLOBIN_LOWEST = 50;

	public static final int HAEMOGLOBIN_HIGHEST = 200;

	private static final int MAX_DOCTOR = 50;

	private static final int MAX_FACILITY = 100;

	private static final int MAX_NOTE = 500;

	private final ExaminationRows rows;

	private final ChildHealthAccess access;

	private final HealthPlaces places;

	private final ExaminationSchedule schedule;

	private final AuditLog audit;

	private final Clock clock;

	HealthExaminations(ExaminationRows rows, ChildHealthAccess access, HealthPlaces places, HealthRules rules,
			AuditLog audit, Clock clock) {
		this.rows = rows;
		this.access = access;
		this.places = places;
		this.schedule = new ExaminationSchedule(rules.examination());
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records an admission or periodic examination of a child placed at the user's institution
	 * (health worker or administrator). Refused, with nothing written, for a day after today, a
	 * missing doctor, haemoglobin outside {@value #HAEMOGLOBIN_LOWEST}–{@value #HAEMOGLOBIN_HIGHEST}
	 * g/L, an admission check without its document, or a document that is not a PDF, JPEG or PNG of
	 * at most 10 MB.
	 * @return the new record's id
	 * @throws org.tuoyu.platform.NotFoundException for anyone else, or a child not placed there
	 */
	@Transactional
	public UUID record(CurrentUser user, NewExamination examination) {
		HealthPlaces.Placed placed = access.kept(user, examination.childId());
		if (examination.kind() == null) {
			throw new BusinessRuleException("kind", "health.field.required");
		}
		if (examination.examinedOn() == null) {
			throw new BusinessRuleException("examinedOn", "health.field.required");
		}
		if (examination.examinedOn().isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("examinedOn", "health.examination.future");
		}
		if (examination.passed() == null) {
			throw new BusinessRuleException("passed", "health.field.required");
		}
		String doctor = ChildHealthAccess.optionalText("doctorName", examination.doctorName(), MAX_DOCTOR);
		if (doctor == null) {
			throw new BusinessRuleException("doctorName", "health.field.required");
		}
		String facility = ChildHealthAccess.optionalText("facility", examination.facility(), MAX_FACILITY);
		Integer haemoglobin = examination.haemoglobin();
		if (haemoglobin != null && (haemoglobin < HAEMOGLOBIN_LOWEST || haemoglobin > HAEMOGLOBIN_HIGHEST)) {
			throw new BusinessRuleException("haemoglobin", "health.examination.haemoglobinRange", HAEMOGLOBIN_LOWEST,
					HAEMOGLOBIN_HIGHEST);
		}
		String note = ChildHealthAccess.optionalText("note", examination.note(), MAX_NOTE);
		String type = ChildHealthAccess.documentType("document", examination.document(),
				examination.kind() == ExaminationKind.ADMISSION);
		Institution institution = placed.institution();
		UUID id = UuidV7.next();
		rows.insert(new ExaminationRows.Row(id, examination.childId(), institution.id(),
				institution.divisionCode().value(), examination.kind(), examination.examinedOn(), examination.passed(),
				doctor, facility, examination.hearing(), haemoglobin, note, type == null ? null : examination.document(),
				type, user.accountId()));
		audit.record(new AuditEntry("health.examination.record", "child", examination.childId().toString(),
				institution.divisionCode(), institution.id(), examination.kind() + " " + examination.examinedOn()
						+ (examination.passed() ? " passed" : " failed")));
		return id;
	}

	/** A child's examinations, newest first, for the keepers, the guardians and the officers in scope. */
	@Transactional
	public List<Examination> ofChild(CurrentUser user, UUID childId) {
		RecordReach reach = access.readable(user, childId);
		audit.record(AuditEntry.of("health.examinations.read", "child", childId));
		return rows.ofChild(childId).stream().filter(e -> reach.includes(e.institutionId())).toList();
	}

	/** The document of an examination the user may read. */
	@Transactional
	public StoredDocument document(CurrentUser user, UUID examinationId) {
		Examination examination = rows.find(examinationId).orElseThrow(() -> new NotFoundException("examination"));
		if (!access.readable(user, examination.childId()).includes(examination.institutionId())) {
			throw new NotFoundException("examination");
		}
		StoredDocument document = rows.document(examinationId).orElseThrow(() -> new NotFoundException("document"));
		audit.record(AuditEntry.of("health.examination.document.read", "child", examination.childId()));
		return document;
	}

	/**
	 * When each child placed at the keeper's institution is next due for a check, soonest first
	 * (those due none last).
	 */
	@Transactional
	public List<ExaminationDue> schedule(CurrentUser user) {
		if (!ChildHealthAccess.keeper(user)) {
			throw new NotFoundException("institution");
		}
		List<EnrollmentRecord> roster = places.roster(user);
		if (roster.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		Map<UUID, ExaminationRows.History> histories = rows
			.histories(roster.stream().map(EnrollmentRecord::childId).toList());
		return roster.stream().map(r -> {
			ExaminationRows.History history = histories.get(r.childId());
			LocalDate due = schedule.nextDue(history.birthDate(), history.lastExaminedOn(), r.startDate());
			return new ExaminationDue(r.childId(), r.childName(), r.className(), history.birthDate(),
					history.lastExaminedOn(), history.admitted(), due, due != null && due.isBefore(today));
		})
			.sorted(Comparator.comparing(ExaminationDue::dueOn,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** The children of the keeper's institution whose check is overdue (the due day has passed). */
	@Transactional
	public List<ExaminationDue> overdue(CurrentUser user) {
		return schedule(user).stream().filter(ExaminationDue::overdue).toList();
	}

	/**
	 * Whether the child passed an admission check. No scope check — for other modules
	 * (attendance), which check their own scope first; it reveals nothing but a yes or no.
	 */
	@Transactional(readOnly = true)
	public boolean passedAdmission(UUID childId) {
		return rows.admitted(childId);
	}
}
