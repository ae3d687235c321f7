package org.tuoyu.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.attendance.internal.AbsencePolicy;
import org.tuoyu.attendance.internal.AttendanceRows;
import org.tuoyu.attendance.internal.AttendanceRows.VisitRow;
import org.tuoyu.attendance.internal.LiveRatioPolicy;
import org.tuoyu.attendance.internal.RatioWatch;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.Child;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.Guardian;
import org.tuoyu.family.Pickup;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.staff.ClassCaregiver;
import org.tuoyu.staff.StaffManagement;
import org.tuoyu.staff.StaffRules;

/**
 * Daily attendance. Institution staff (or the institution's gate devices, role {@link Role#DEVICE},
 * whose {@code accountId} is the device's id) check children in and
 * out of their class — out only to a guardian or an authorised pick-up person; anyone else is
 * refused and the guardians are told — and caregivers in and out of a class. Each change marks
 * the class for {@link RatioWatch}, which opens or ends its ratio breach within a second.
 * Guardians report absences; the class's day shows who is expected and who needs a follow-up.
 */
@Service
public class AttendanceManagement {

	private final AttendanceRows rows;

	private final RatioWatch watch;

	private final EnrollmentRecordManagement placements;

	private final FamilyManagement family;

	private final InstitutionManagement institutions;

	private final StaffManagement staff;

	private final LiveRatioPolicy ratios;

	private final AttendanceRules rules;

	private final Supplier<ReturnExaminations> examinations;

	private final Supplier<AdmissionChecks> admissions;

	private final AuditLog audit;

	private final Inbox inbox;

	private final Clock clock;

	AttendanceManagement(AttendanceRows rows, RatioWatch watch, EnrollmentRecordManagement placements, FamilyManagement family,
			InstitutionManagement institutions, StaffManagement staff, StaffRules staffRules, AttendanceRules rules,
			ObjectProvider<ReturnExaminations> examinations, ObjectProvider<AdmissionChecks> admissions, AuditLog audit,
			Inbox inbox, Clock clock) {
		this.rows = rows;
		this.watch = watch;
		this.placements = placements;
		this.family = family;
		this.institutions = institutions;
		this.staff = staff;
		this.ratios = new LiveRatioPolicy(staffRules);
		this.rules = rules;
		this.examinations = SingletonSupplier.of(examinations::getIfAvailable);
		this.admissions = SingletonSupplier.of(admissions::getIfAvailable);
		this.audit = audit;
		this.inbox = inbox;
		this.clock = clock;
	}

	/**
	 * Checks a child of the user's institution in to its class now. Refused if the child is in
	 * already, has been away {@code reexaminationAfterDays} or more without a passed
	 * re-examination since, or was never here and has not passed an admission check. An ordinary
	 * check-in is one statement; only a refused one asks the health records and tries again.
	 */
	@Transactional
	public void checkIn(CurrentUser user, UUID childId) {
		UUID institution = user.scope().institutionId();
		if (institution == null || childId == null) {
			throw new NotFoundException("child");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate awayUntil = today.minusDays(rules.reexaminationAfterDays());
		Instant now = clock.instant();
		boolean device = user.role() == Role.DEVICE;
		UUID id = UuidV7.next();
		UUID by = device ? null : user.accountId();
		UUID deviceId = device ? user.accountId() : null;
		AttendanceRows.CheckIn done = rows
			.checkIn(id, childId, institution, today, now, by, deviceId, awayUntil, false, false)
			.orElseThrow(() -> new NotFoundException("child"));
		if (!done.inserted() && done.lastDay() == null) {
			if (!admitted(childId)) {
				throw new BusinessRuleException(null, "attendance.admission.required", done.childName());
			}
			done = rows.checkIn(id, childId, institution, today, now, by, deviceId, awayUntil, false, true).orElseThrow();
		}
		else if (!done.inserted() && !done.lastDay().isAfter(awayUntil)) {
			if (!reexamined(childId, done.lastDay())) {
				throw new BusinessRuleException(null, "attendance.reexamination.required", done.childName(), done.lastDay());
			}
			done = rows.checkIn(id, childId, institution, today, now, by, deviceId, awayUntil, true, false).orElseThrow();
		}
		if (!done.inserted()) {
			throw new BusinessRuleException(null, "attendance.checkIn.already", done.childName());
		}
		watch.changed(new RatioWatch.Change(done.classId(), done.classType(), institution, done.division(), now));
		audit.record(AuditEntry.of("attendance.checkIn", "child", childId));
	}

	/**
	 * Checks a child out to the person picking them up: one of the child's guardians or authorised
	 * pick-up persons, by id. A check-out after {@code pickUpBy} is flagged late.
	 */
	@Transactional
	public void checkOut(CurrentUser user, UUID childId, UUID pickedUpBy) {
		EnrollmentRecord placement = placedHere(user, childId);
		PickupChoice person = pickupChoices(childId).stream()
			.filter(p -> p.id().equals(pickedUpBy))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("pickedUpBy", "attendance.pickup.choose"));
		Instant now = clock.instant();
		boolean late = ZonedDateTime.ofInstant(now, clock.getZone()).toLocalTime().isAfter(rules.pickUpBy());
		UUID by = user.role() == Role.DEVICE ? null : user.accountId();
		AttendanceRows.VisitPlace visit = rows.checkOut(childId, placement.institutionId(), now, by, person.guardian() ? null : person.id(),
				person.name(), late).orElseThrow(() -> new BusinessRuleException(null, "attendance.checkOut.notIn",
						placement.childName()));
		watch.changed(new RatioWatch.Change(visit.classId(), placement.classType(), placement.institutionId(),
				visit.division(), now));
		audit.record(AuditEntry.of("attendance.checkOut", "child", childId).withDetails(late ? "late" : null));
	}

	/**
	 * Refuses to hand a child to someone not among the guardians and authorised pick-up persons:
	 * recorded, and every guardian is told at once.
	 */
	@Transactional
	public void refusePickup(CurrentUser user, UUID childId, String personName) {
		EnrollmentRecord placement = placedHere(user, childId);
		String name = personName == null ? "" : personName.trim();
		if (name.isEmpty() || name.length() > 30) {
			throw new BusinessRuleException("personName", "attendance.pickup.name", 30);
		}
		Institution institution = institutions.disclosure(placement.institutionId()).institution();
		rows.refusedPickup(UuidV7.next(), childId, institution.id(), institution.divisionCode().value(), name,
				clock.instant(), user.role() == Role.DEVICE ? null : user.accountId());
		String time = ZonedDateTime.ofInstant(clock.instant(), clock.getZone()).toLocalTime().withNano(0).toString();
		for (UUID guardian : family.guardianAccounts(childId)) {
			inbox.send(guardian, "attendance.notification.refused", "/family", name, placement.childName(),
					institution.name(), time);
		}
		audit.record(AuditEntry.of("attendance.pickup.refused", "child", childId).withDetails(name));
	}

	/** Checks a caregiver assigned to the class in to it now. */
	@Transactional
	public void staffCheckIn(CurrentUser user, UUID classId, UUID personId) {
		moveCaregiver(user, classId, personId, true);
	}

	/** Checks a caregiver out of the class now. */
	@Transactional
	public void staffCheckOut(CurrentUser user, UUID classId, UUID personId) {
		moveCaregiver(user, classId, personId, false);
	}

	private void moveCaregiver(CurrentUser user, UUID classId, UUID personId, boolean in) {
		OwnClass own = ownClass(user, classId);
		caregiverOf(own.careClass(), personId);
		Institution institution = own.institution();
		String division = institution.divisionCode().value();
		Instant now = clock.instant();
		boolean moved = in
				? rows.staffCheckIn(UuidV7.next(), personId, institution.id(), classId, division, LocalDate.now(clock), now)
				: rows.staffCheckOut(personId, classId, now);
		if (!moved) {
			throw new BusinessRuleException(null, in ? "attendance.staff.already" : "attendance.staff.notIn");
		}
		watch.changed(new RatioWatch.Change(classId, own.careClass().type(), institution.id(), division, now));
		audit.record(AuditEntry.of(in ? "attendance.staff.checkIn" : "attendance.staff.checkOut", "person", personId));
	}

	/** A class of the user's institution today: children with their status, caregivers and the live ratio. */
	@Transactional
	public ClassDay classDay(CurrentUser user, UUID classId) {
		CareClass careClass = ownClass(user, classId).careClass();
		LocalDate today = LocalDate.now(clock);
		LocalTime now = LocalTime.now(clock);
		List<EnrollmentRecord> placed = placements.placedIn(classId);
		Map<UUID, VisitRow> visits = rows.visits(classId, today);
		List<UUID> childIds = placed.stream().map(EnrollmentRecord::childId).toList();
		Map<UUID, Absence> absences = childIds.isEmpty() ? Map.of() : rows.absencesOn(childIds, today);
		Map<UUID, String> followUps = rows.followUps(careClass.institutionId(), today);
		Map<UUID, LocalDate> lastDays = childIds.isEmpty() ? Map.of() : rows.lastVisitDays(childIds);
		List<ChildToday> children = new ArrayList<>();
		for (EnrollmentRecord record : placed) {
			if (record.startDate().isAfter(today)) {
				continue;
			}
			VisitRow visit = visits.get(record.childId());
			boolean present = visit != null && visit.checkedOutAt() == null;
			ChildStatus status = AbsencePolicy.status(present, visit != null, absences.containsKey(record.childId()),
					followUps.containsKey(record.childId()), now, rules.expectedBy());
			LocalDate lastDay = visit == null ? lastDays.get(record.childId()) : null;
			boolean reexamination = AbsencePolicy.awayTooLong(lastDay, today, rules.reexaminationAfterDays())
					&& !reexamined(record.childId(), lastDay);
			boolean admission = visit == null && lastDay == null && !admitted(record.childId());
			children.add(new ChildToday(record.childId(), record.childName(), status,
					visit == null ? null : visit.checkedInAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
					visit == null || visit.checkedOutAt() == null ? null
							: visit.checkedOutAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
					visit == null ? null : visit.pickedUpBy(), visit != null && visit.late(), absences.get(record.childId()),
					followUps.get(record.childId()), reexamination, admission, pickupChoices(record.childId())));
		}
		Map<UUID, java.time.OffsetDateTime> present = rows.presentStaff(classId);
		List<CaregiverToday> caregivers = staff.caregiversOf(classId)
			.stream()
			.map(c -> new CaregiverToday(c.personId(), c.name(), present.containsKey(c.personId()),
					present.containsKey(c.personId())
							? present.get(c.personId()).atZoneSameInstant(clock.getZone()).toOffsetDateTime() : null))
			.toList();
		audit.record(AuditEntry.of("attendance.class.read", "class", classId));
		return new ClassDay(classId, careClass.name(), careClass.type(), careClass.institutionId(), today, children,
				caregivers, ratioNow(careClass));
	}

	/**
	 * The visits of the children on a day (check-in and check-out times, who picked them up), by
	 * child and time. No scope check and no audit entry: for modules that check their caller's
	 * scope to the children first and audit what they show (the daily report).
	 */
	@Transactional(readOnly = true)
	public List<Visit> visits(Collection<UUID> childIds, LocalDate day) {
		return childIds.isEmpty() ? List.of() : rows.visitsOf(childIds, day);
	}

	/** The live ratio of every class of an institution in the user's scope. */
	@Transactional(readOnly = true)
	public Map<CareClass, LiveRatio> liveRatios(CurrentUser user, UUID institutionId) {
		InstitutionDetail detail = institutions.detail(user, institutionId);
		Map<CareClass, LiveRatio> live = new java.util.LinkedHashMap<>();
		for (CareClass careClass : detail.classes()) {
			live.put(careClass, ratioNow(careClass));
		}
		return live;
	}

	/** Records how an unexplained absence was followed up today (a call to the family, say). */
	@Transactional
	public void followUp(CurrentUser user, UUID childId, String note) {
		EnrollmentRecord placement = placedHere(user, childId);
		String text = note == null ? "" : note.trim();
		if (text.isEmpty() || text.length() > 200) {
			throw new BusinessRuleException("note", "attendance.note.length", 200);
		}
		rows.followUp(UuidV7.next(), childId, placement.institutionId(), LocalDate.now(clock), text, user.accountId());
		audit.record(AuditEntry.of("attendance.followUp", "child", childId));
	}

	/** A guardian reports an absence of one of their children. */
	@Transactional
	public UUID reportAbsence(CurrentUser user, NewAbsence absence) {
		if (absence.childId() == null) {
			throw new BusinessRuleException("childId", "attendance.field.required");
		}
		Child child = family.child(user, absence.childId());
		AbsencePolicy.check(absence, LocalDate.now(clock));
		UUID id = UuidV7.next();
		rows.insertAbsence(id, child.id(), absence.firstDay(), absence.lastDay(), absence.reason(), absence.symptoms(),
				absence.note() == null || absence.note().isBlank() ? null : absence.note().trim(), user.accountId());
		audit.record(AuditEntry.of("attendance.absence", "child", child.id()).withDetails(absence.reason().name()));
		return id;
	}

	/** The current and coming absences of the guardian's children. */
	@Transactional
	public List<Absence> absences(CurrentUser user) {
		List<UUID> children = family.children(user).stream().map(Child::id).toList();
		return children.isEmpty() ? List.of() : rows.currentAbsences(children, LocalDate.now(clock));
	}

	/**
	 * Ratio breaches in the user's scope over the last {@code days} days that lasted longer than
	 * {@code breachReportMinutes} (open ones counted until now): for the district's view.
	 */
	@Transactional(readOnly = true)
	public List<RatioBreach> reportableBreaches(CurrentUser user, int days) {
		String prefix = user.scope().division() == null ? null : user.scope().division().value();
		UUID institution = user.scope().institutionId();
		if (prefix == null && institution == null) {
			throw new NotFoundException("breaches");
		}
		Instant now = clock.instant();
		return rows.breaches(prefix == null ? "" : prefix, institution, now.minus(java.time.Duration.ofDays(days)), now,
				rules.breachReportMinutes());
	}

	private LiveRatio ratioNow(CareClass careClass) {
		AttendanceRows.Presence presence = rows.presence(careClass.id());
		return ratios.of(careClass.type(), presence.children(), presence.caregivers());
	}

	/** The child's guardians and authorised pick-up persons, as choices at check-out. */
	private List<PickupChoice> pickupChoices(UUID childId) {
		List<PickupChoice> choices = new ArrayList<>();
		for (Guardian guardian : family.guardiansOf(childId)) {
			choices.add(new PickupChoice(guardian.accountId(), guardian.displayName(), guardian.relation().messageKey(), true));
		}
		for (Pickup pickup : family.pickupsOf(childId)) {
			choices.add(new PickupChoice(pickup.id(), pickup.name(), pickup.relation(), false));
		}
		return choices;
	}

	private boolean admitted(UUID childId) {
		AdmissionChecks source = admissions.get();
		return source != null && source.passed(childId);
	}

	private boolean reexamined(UUID childId, LocalDate since) {
		ReturnExaminations source = examinations.get();
		return source != null && source.passedSince(childId, since);
	}

	/** The child's active placement at the user's institution; anything else answers 404. */
	private EnrollmentRecord placedHere(CurrentUser user, UUID childId) {
		UUID institution = user.scope().institutionId();
		if (institution == null || childId == null) {
			throw new NotFoundException("child");
		}
		return placements.currentPlacement(childId)
			.filter(p -> p.institutionId().equals(institution))
			.orElseThrow(() -> new NotFoundException("child"));
	}

	/** A class of the user's institution, with the institution (read once); anything else answers 404. */
	private OwnClass ownClass(CurrentUser user, UUID classId) {
		UUID institution = user.scope().institutionId();
		if (institution == null) {
			throw new NotFoundException("class");
		}
		InstitutionDetail detail = institutions.detail(user, institution);
		return detail.classes()
			.stream()
			.filter(c -> c.id().equals(classId))
			.findFirst()
			.map(c -> new OwnClass(c, detail.institution()))
			.orElseThrow(() -> new NotFoundException("class"));
	}

	private record OwnClass(CareClass careClass, Institution institution) {
	}

	private void caregiverOf(CareClass careClass, UUID personId) {
		staff.caregiversOf(careClass.id())
			.stream()
			.map(ClassCaregiver::personId)
			.filter(id -> id.equals(personId))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("personId", "attendance.staff.notAssigned"));
	}
}
