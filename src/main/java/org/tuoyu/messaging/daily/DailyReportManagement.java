package org.tuoyu.messaging.daily;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.attendance.AttendanceManagement;
import org.tuoyu.attendance.Visit;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.family.Child;
import org.tuoyu.family.ChildFacts;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.Institution;
import org.tuoyu.messaging.daily.ClassSheet.ChildSheet;
import org.tuoyu.messaging.daily.DailyRows.EntryRow;
import org.tuoyu.messaging.daily.DailyRows.Written;
import org.tuoyu.messaging.daily.EntryPolicy.Checked;
import org.tuoyu.messaging.daily.MedicinePolicy.CheckedRequest;
import org.tuoyu.messaging.daily.MedicineRows.RequestRow;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;

/**
 * The daily report (一日生活记录). The institution's staff record a child's day — for several children
 * at once, one entry per child written in one statement — for the children placed in the classes
 * they reach (see {@link DailyActions}); an author corrects or withdraws an entry the same day and
 * the earlier version stays. Medicine is given only against a guardian's written request. Staff
 * and the child's guardians read the day as a timeline with arrival and departure from attendance
 * and a summary; the guardians get the summary in their inbox once a day. Every read of a child's
 * day and every write is audited.
 */
@Service
public class DailyReportManagement {

	/** The most children one tap records for. */
	static final int MAX_CHILDREN = 60;

	/** How many earlier days a child's day lists. */
	static final int EARLIER_DAYS = 30;

	/** The advisory lock of the summary job: one node sends the summaries. */
	static final long SUMMARY_LOCK = 0x7475_6f79_7544_6179L;

	private final DailyRows rows;

	private final MedicineRows medicine;

	private final DailyScope scope;

	private final AttendanceManagement attendance;

	private final FamilyManagement family;

	private final Inbox inbox;

	private final AuditLog audit;

	private final Clock clock;

	DailyReportManagement(DailyRows rows, MedicineRows medicine, DailyScope scope, AttendanceManagement attendance,
			FamilyManagement family, Inbox inbox, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.medicine = medicine;
		this.scope = scope;
		this.attendance = attendance;
		this.family = family;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** The classes the staff member records for, with their children placed now. */
	@Transactional(readOnly = true)
	public List<DailyClass> classes(CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		return scope.classes(user)
			.stream()
			.map(c -> new DailyClass(c.id(), c.name(), scope.children(c.id(), today).size()))
			.toList();
	}

	/**
	 * A class's day (today when {@code day} is absent): its children, those here first, with
	 * arrival, departure and entries, and the day's medicine requests. The read is audited.
	 */
	@Transactional
	public ClassSheet classSheet(CurrentUser user, UUID classId, LocalDate day) {
		CareClass careClass = scope.careClass(user, classId);
		LocalDate date = day(day);
		List<EnrollmentRecord> placed = scope.children(classId, date);
		List<UUID> ids = placed.stream().map(EnrollmentRecord::childId).toList();
		Map<UUID, List<DailyEntry>> timelines = timelines(user, ids, date, true);
		List<ChildSheet> children = new ArrayList<>();
		Map<UUID, String> names = new HashMap<>();
		for (EnrollmentRecord child : placed) {
			names.put(child.childId(), child.childName());
			List<DailyEntry> timeline = timelines.getOrDefault(child.childId(), List.of());
			DaySummary summary = DaySummaryPolicy.summarise(timeline);
			children.add(new ChildSheet(child.childId(), child.childName(), summary.arrivedAt(), summary.leftAt(),
					timeline.stream().filter(e -> e.kind().recorded()).toList()));
		}
		children.sort(Comparator.comparingInt(DailyReportManagement::presence));
		audit.record(AuditEntry.of("messaging.daily.class.read", "class", classId).withDetails(date.toString()));
		return new ClassSheet(classId, careClass.name(), date, children, requests(ids, date, names, timelines));
	}

	/**
	 * Records the same entry for each of the chosen children, in one statement: all of them placed
	 * in classes the staff member reaches, or nothing is written (one child outside answers not
	 * found). A medicine dose names the guardian's request; without one nothing is written.
	 *
	 * @return the new entries' ids, in the order of the children
	 * @throws BusinessRuleException for no child, a value the kind needs missing or wrong, a time
	 *         not today or ahead, a nap started for a child asleep already, medicine without a request
	 */
	@Transactional
	public List<UUID> record(CurrentUser user, NewEntries entries) {
		DailyActions.requireRecorder(user);
		List<UUID> childIds = chosen(entries.childIds());
		if (entries.kind() == EntryKind.MEDICINE) {
			RequestRow request = entries.medicineRequestId() == null ? null
					: medicine.lock(entries.medicineRequestId())
						.filter(r -> r.institutionId().equals(user.scope().institutionId())
								&& childIds.equals(List.of(r.childId())))
						.orElse(null);
			if (request == null) {
				throw new BusinessRuleException("medicineRequestId", "messaging.daily.medicine.requestRequired");
			}
			return List.of(give(user, request, new NewDose(entries.at(), entries.text())));
		}
		ZonedDateTime now = ZonedDateTime.now(clock);
		Checked entry = EntryPolicy.check(entries.values(), now);
		Map<UUID, EnrollmentRecord> placed = scope.placed(user, childIds, entry.day());
		if (entry.kind() == EntryKind.NAP && entry.endsAt() == null) {
			List<UUID> napping = rows.napping(childIds, entry.day());
			if (!napping.isEmpty()) {
				throw new BusinessRuleException("childIds", "messaging.daily.nap.alreadyAsleep",
						String.join("、", napping.stream().map(id -> placed.get(id).childName()).toList()));
			}
		}
		return write(user, placed, entry, null, null, now);
	}

	/**
	 * Ends the naps of the chosen children who are asleep, at {@code at} (now when absent).
	 *
	 * @return how many children were woken
	 * @throws BusinessRuleException when none of them was asleep
	 */
	@Transactional
	public int endNaps(CurrentUser user, List<UUID> childIds, LocalDateTime at) {
		DailyActions.requireRecorder(user);
		List<UUID> ids = chosen(childIds);
		OffsetDateTime end = EntryPolicy.moment("at", at, ZonedDateTime.now(clock));
		scope.placed(user, ids, end.toLocalDate());
		List<UUID> woken = rows.endNaps(ids, end.toLocalDate(), end, user.accountId());
		if (woken.isEmpty()) {
			throw new BusinessRuleException("childIds", "messaging.daily.nap.noneAsleep");
		}
		woken.forEach(child -> audit.record(AuditEntry.of("messaging.daily.nap.end", "child", child)));
		return woken.size();
	}

	/**
	 * Corrects one of the staff member's own entries of today: a new entry of the same kind (at the
	 * same time unless another is given) takes its place and the earlier one stays, marked
	 * corrected. A medicine dose is withdrawn instead.
	 *
	 * @return the new entry's id
	 */
	@Transactional
	public UUID correct(CurrentUser user, UUID entryId, EntryValues values) {
		Changing changing = changing(user, entryId);
		EntryKind kind = changing.row().entry().kind();
		if (kind == EntryKind.MEDICINE) {
			throw new BusinessRuleException(null, "messaging.daily.entry.medicineCorrection");
		}
		if (values.kind() != null && values.kind() != kind) {
			throw new BusinessRuleException("kind", "messaging.daily.entry.kindChange");
		}
		ZonedDateTime now = ZonedDateTime.now(clock);
		LocalDateTime at = values.at() != null ? values.at()
				: changing.row().entry().at().atZoneSameInstant(clock.getZone()).toLocalDateTime();
		Checked entry = EntryPolicy.check(new EntryValues(kind, at, values.meal(), values.portion(), values.millilitres(),
				values.drinkAmount(), values.endsAt(), values.nappy(), values.mood(), values.text()), now);
		rows.change(entryId, EntryStatus.CORRECTED, null, user.accountId(), now.toOffsetDateTime());
		return write(user, changing.placed(), entry, null, entryId, now).get(0);
	}

	/** Withdraws one of the staff member's own entries of today, with an optional reason; it stays, marked withdrawn. */
	@Transactional
	public void withdraw(CurrentUser user, UUID entryId, String reason) {
		Changing changing = changing(user, entryId);
		String text = EntryPolicy.text(reason, false);
		if (text != null && text.length() > 200) {
			throw new BusinessRuleException("reason", "messaging.daily.text.length", 200);
		}
		rows.change(entryId, EntryStatus.WITHDRAWN, text, user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("messaging.daily.entry.withdraw", "child", changing.row().entry().childId())
			.withDetails(changing.row().entry().kind().name()));
	}

	/**
	 * A child's day (today when {@code day} is absent) for one of the child's guardians or a member
	 * of staff who reaches the child: the timeline (staff also see corrected and withdrawn entries),
	 * the summary, the medicine requests and the earlier days. The read is audited.
	 */
	@Transactional
	public ChildDay childDay(CurrentUser user, UUID childId, LocalDate day) {
		DailyActions.requireReader(user);
		if (childId == null) {
			throw new NotFoundException("child");
		}
		LocalDate date = day(day);
		boolean guardian = user.role() == Role.GUARDIAN;
		String name = guardian ? family.child(user, childId).name()
				: scope.placed(user, List.of(childId), LocalDate.now(clock)).get(childId).childName();
		List<DailyEntry> timeline = timelines(user, List.of(childId), date, guardian).getOrDefault(childId, List.of());
		DaySummary summary = DaySummaryPolicy.summarise(timeline);
		List<MedicineRequest> requests = requests(List.of(childId), date, Map.of(childId, name),
				Map.of(childId, timeline));
		audit.record(AuditEntry.of("messaging.daily.child.read", "child", childId).withDetails(date.toString()));
		return new ChildDay(childId, name, date, date.equals(LocalDate.now(clock)), timeline, summary, requests,
				rows.daysBefore(childId, date, EARLIER_DAYS));
	}

	/**
	 * A guardian asks the institution in writing to give their child medicine (服药委托); the child
	 * must be placed at an institution now.
	 *
	 * @return the request's id
	 */
	@Transactional
	public UUID requestMedicine(CurrentUser user, NewMedicineRequest request) {
		DailyActions.requireGuardian(user);
		if (request.childId() == null) {
			throw new BusinessRuleException("childId", "messaging.daily.field.required");
		}
		Child child = family.child(user, request.childId());
		EnrollmentRecord placement = scope.placement(child.id())
			.orElseThrow(() -> new BusinessRuleException("childId", "messaging.daily.medicine.notPlaced", child.name()));
		CheckedRequest checked = MedicinePolicy.check(request, LocalDate.now(clock));
		Institution institution = scope.institution(placement.institutionId());
		UUID id = UuidV7.next();
		medicine.insert(id, child.id(), institution.id(), institution.divisionCode().value(), checked, user.accountId(),
				user.displayName(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("messaging.daily.medicine.request", "child", child.id())
			.in(institution.divisionCode())
			.withDetails(checked.day().toString()));
		return id;
	}

	/** A guardian withdraws a medicine request of their child before any dose was given against it. */
	@Transactional
	public void cancelMedicineRequest(CurrentUser user, UUID requestId) {
		DailyActions.requireGuardian(user);
		RequestRow request = medicine.lock(requestId).orElseThrow(() -> new NotFoundException("medicineRequest"));
		family.child(user, request.childId());
		if (request.cancelled()) {
			throw new BusinessRuleException(null, "messaging.daily.medicine.cancelled");
		}
		if (medicine.dosesGiven(requestId) > 0) {
			throw new BusinessRuleException(null, "messaging.daily.medicine.alreadyGiven");
		}
		medicine.cancel(requestId, OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("messaging.daily.medicine.cancel", "child", request.childId()));
	}

	/**
	 * Records a dose given against a guardian's request, by the signed-in member of staff, at
	 * {@code dose.at()} (now when absent): on the request's day, while it stands and until each
	 * requested time has its dose.
	 *
	 * @return the medicine entry's id
	 */
	@Transactional
	public UUID giveMedicine(CurrentUser user, UUID requestId, NewDose dose) {
		DailyActions.requireRecorder(user);
		RequestRow request = medicine.lock(requestId)
			.filter(r -> r.institutionId().equals(user.scope().institutionId()))
			.orElseThrow(() -> new NotFoundException("medicineRequest"));
		return give(user, request, dose);
	}

	/**
	 * Sends each child's summary of today to the guardians' inbox, once per child and day (daily, by
	 * default at 18:00 in the city; one node sends).
	 *
	 * @return how many children's summaries were sent
	 */
	@Scheduled(cron = "${tuoyu.messaging.daily.summary-cron:0 0 18 * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public int sendSummaries() {
		if (!rows.tryJobLock(SUMMARY_LOCK)) {
			return 0;
		}
		LocalDate today = LocalDate.now(clock);
		List<UUID> children = rows.claimSummaries(today, OffsetDateTime.now(clock));
		if (children.isEmpty()) {
			return 0;
		}
		Map<UUID, List<DailyEntry>> timelines = timelines(null, children, today, true);
		for (UUID child : children) {
			DaySummary summary = DaySummaryPolicy.summarise(timelines.getOrDefault(child, List.of()));
			String name = family.facts(child).map(ChildFacts::name).orElse("");
			String link = "/family/daily/children/" + child + "?day=" + today;
			for (UUID guardian : family.guardianAccounts(child)) {
				inbox.send(guardian, "messaging.daily.notification.summary", link, name, today.toString(),
						String.valueOf(summary.meals().size()), String.valueOf(summary.napMinutes()),
						String.valueOf(summary.nappies()), String.valueOf(summary.medicine().size()));
			}
		}
		audit.record(AuditEntry.of("messaging.daily.summary.sent", "day", today).withDetails(children.size() + " children"));
		return children.size();
	}

	private UUID give(CurrentUser user, RequestRow request, NewDose dose) {
		ZonedDateTime now = ZonedDateTime.now(clock);
		OffsetDateTime at = EntryPolicy.moment("at", dose.at(), now);
		Map<UUID, EnrollmentRecord> placed = scope.placed(user, List.of(request.childId()), at.toLocalDate());
		MedicinePolicy.checkDose(request.day(), request.times().size(), request.cancelled(),
				medicine.dosesGiven(request.id()), at.toLocalDate());
		String note = EntryPolicy.text(dose.note(), false);
		Checked entry = new Checked(EntryKind.MEDICINE, at, at.toLocalDate(), null, null, null, null, null, null, null, note);
		return write(user, placed, entry, request.id(), null, now).get(0);
	}

	/** Writes one entry per placed child in one statement and audits each. */
	private List<UUID> write(CurrentUser user, Map<UUID, EnrollmentRecord> placed, Checked entry, UUID request,
			UUID replaces, ZonedDateTime now) {
		Institution institution = scope.institution(user.scope().institutionId());
		int count = placed.size();
		UUID[] ids = new UUID[count];
		UUID[] children = new UUID[count];
		UUID[] classes = new UUID[count];
		int i = 0;
		for (EnrollmentRecord placement : placed.values()) {
			ids[i] = UuidV7.next();
			children[i] = placement.childId();
			classes[i] = placement.classId();
			i++;
		}
		rows.insert(ids, children, classes, entry, request, new Written(institution.id(),
				institution.divisionCode().value(), UuidV7.next(), replaces, user.accountId(), user.displayName(),
				now.toOffsetDateTime()));
		String action = replaces == null ? "messaging.daily.entry.record" : "messaging.daily.entry.correct";
		audit.recordAll(Arrays.stream(children)
			.map(child -> AuditEntry.of(action, "child", child).in(institution.divisionCode()).withDetails(entry.kind().name()))
			.toList());
		return List.of(ids);
	}

	/** An entry its author is about to change, with the child's placement. */
	private record Changing(EntryRow row, Map<UUID, EnrollmentRecord> placed) {
	}

	/**
	 * One of the staff member's own standing entries of today, its row locked; another's entry in
	 * reach is refused, one out of reach not found.
	 */
	private Changing changing(CurrentUser user, UUID entryId) {
		DailyActions.requireRecorder(user);
		if (entryId == null) {
			throw new NotFoundException("entry");
		}
		rows.lock(entryId);
		EntryRow row = rows.entry(entryId)
			.filter(r -> r.institutionId().equals(user.scope().institutionId()))
			.orElseThrow(() -> new NotFoundException("entry"));
		Map<UUID, EnrollmentRecord> placed = scope.placed(user, List.of(row.entry().childId()), row.day());
		if (!user.accountId().equals(row.entry().recordedBy())) {
			throw new BusinessRuleException(null, "messaging.daily.entry.notAuthor");
		}
		if (!row.day().equals(LocalDate.now(clock))) {
			throw new BusinessRuleException(null, "messaging.daily.entry.notToday");
		}
		if (!row.entry().active()) {
			throw new BusinessRuleException(null, "messaging.daily.entry.notActive");
		}
		return new Changing(row, placed);
	}

	/**
	 * The children's timelines of a day: arrival and departure from attendance and the entries, in
	 * time order; {@code standingOnly} leaves out corrected and withdrawn entries. Entries the user
	 * may still change are marked.
	 */
	private Map<UUID, List<DailyEntry>> timelines(CurrentUser user, List<UUID> childIds, LocalDate day,
			boolean standingOnly) {
		Map<UUID, List<DailyEntry>> timelines = new HashMap<>();
		if (childIds.isEmpty()) {
			return timelines;
		}
		for (Visit visit : attendance.visits(childIds, day)) {
			List<DailyEntry> timeline = timelines.computeIfAbsent(visit.childId(), k -> new ArrayList<>());
			timeline.add(DailyEntry.fromAttendance(visit.childId(), EntryKind.ARRIVAL, city(visit.checkedInAt()), null));
			if (visit.checkedOutAt() != null) {
				timeline.add(DailyEntry.fromAttendance(visit.childId(), EntryKind.DEPARTURE, city(visit.checkedOutAt()),
						visit.pickedUpBy()));
			}
		}
		boolean today = day.equals(LocalDate.now(clock));
		for (DailyEntry entry : rows.entriesOf(childIds, day)) {
			if (!standingOnly || entry.active()) {
				boolean mayChange = today && user != null && entry.active() && user.accountId().equals(entry.recordedBy());
				timelines.computeIfAbsent(entry.childId(), k -> new ArrayList<>())
					.add(entry.readBy(mayChange, clock.getZone()));
			}
		}
		timelines.values().forEach(timeline -> timeline.sort(Comparator.comparing(DailyEntry::at)));
		return timelines;
	}

	/** The children's medicine requests of a day with the doses given, from their timelines. */
	private List<MedicineRequest> requests(List<UUID> childIds, LocalDate day, Map<UUID, String> names,
			Map<UUID, List<DailyEntry>> timelines) {
		if (childIds.isEmpty()) {
			return List.of();
		}
		return medicine.ofChildren(childIds, day)
			.stream()
			.map(r -> new MedicineRequest(r.id(), r.childId(), names.get(r.childId()), r.day(), r.medication(), r.dose(),
					r.times(), r.note(), r.requestedByName(), city(r.requestedAt()), r.cancelled(),
					timelines.getOrDefault(r.childId(), List.of())
						.stream()
						.filter(e -> e.active() && r.id().equals(e.medicineRequestId()))
						.toList()))
			.toList();
	}

	/** The day asked for, today when absent; never a day still to come. */
	private LocalDate day(LocalDate day) {
		LocalDate today = LocalDate.now(clock);
		if (day != null && day.isAfter(today)) {
			throw new BusinessRuleException("day", "messaging.daily.day.future");
		}
		return day == null ? today : day;
	}

	private OffsetDateTime city(OffsetDateTime moment) {
		return DailyEntry.inZone(moment, clock.getZone());
	}

	/** The children of one tap: at least one, at most {@link #MAX_CHILDREN}, each once. */
	private static List<UUID> chosen(List<UUID> childIds) {
		List<UUID> ids = childIds == null ? List.of() : childIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			throw new BusinessRuleException("childIds", "messaging.daily.children.required");
		}
		if (ids.size() > MAX_CHILDREN) {
			throw new BusinessRuleException("childIds", "messaging.daily.children.tooMany", MAX_CHILDREN);
		}
		return ids;
	}

	/** Children here first, then those gone home, then those not come. */
	private static int presence(ChildSheet child) {
		return child.present() ? 0 : child.arrivedAt() != null ? 1 : 2;
	}
}
