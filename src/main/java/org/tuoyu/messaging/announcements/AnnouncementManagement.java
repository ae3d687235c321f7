package org.tuoyu.messaging.announcements;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.Guardian;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.messaging.announcements.AnnouncementAudience.AudienceChild;
import org.tuoyu.messaging.announcements.AnnouncementAudience.AudienceClass;
import org.tuoyu.messaging.announcements.AnnouncementRows.AnnouncementRow;
import org.tuoyu.messaging.announcements.AnnouncementRows.FamilyRow;
import org.tuoyu.messaging.announcements.AnnouncementRows.Follower;
import org.tuoyu.messaging.announcements.AnnouncementRows.ReaderRow;
import org.tuoyu.messaging.announcements.AnnouncementRows.ReceivedRow;
import org.tuoyu.messaging.announcements.AnnouncementTracking.FamilyStatus;
import org.tuoyu.messaging.announcements.AnnouncementTracking.GuardianStatus;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.staff.StaffManagement;

/**
 * Announcements (通知公告) from an institution to its families. A publisher (the administrator, or a
 * caregiver for the classes assigned to them) addresses every family, a class or chosen families;
 * the children placed there at that moment and their guardians are kept as the announcement's
 * recipients, and each guardian is told in their inbox. Publishers follow who has read it and who
 * has acknowledged it, and remind the others with one click (limited by {@link ReminderPolicy});
 * guardians read theirs, unread first, opening marks it read. Every write and every read of the
 * families' list is audited.
 */
@Service
public class AnnouncementManagement {

	private final AnnouncementRows rows;

	private final ReminderPolicy reminders;

	private final InstitutionManagement institutions;

	private final StaffManagement staff;

	private final EnrollmentRecordManagement records;

	private final FamilyManagement family;

	private final Inbox inbox;

	private final AuditLog audit;

	private final Clock clock;

	AnnouncementManagement(AnnouncementRows rows, AnnouncementSettings settings, InstitutionManagement institutions,
			StaffManagement staff, EnrollmentRecordManagement records, FamilyManagement family, Inbox inbox,
			AuditLog audit, Clock clock) {
		this.rows = rows;
		this.reminders = new ReminderPolicy(settings.reminderInterval(), settings.maxReminders());
		this.institutions = institutions;
		this.staff = staff;
		this.records = records;
		this.family = family;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Publishes an announcement: its families are the children placed now in the institution, the
	 * class or chosen, and each of their guardians is told in their inbox.
	 *
	 * @throws BusinessRuleException naming the field (nothing written): no audience, title or text,
	 *         too long, an institution-wide announcement by a caregiver, or nobody to address
	 * @throws NotFoundException a class or a chosen child outside the publisher's reach
	 */
	@Transactional
	public Published publish(CurrentUser user, NewAnnouncement request) {
		AnnouncementActions.requirePublisher(user);
		NewAnnouncement a = AnnouncementPolicy.checked(request, AnnouncementActions.wholeInstitution(user));
		List<CareClass> classes = classes(user);
		CareClass chosenClass = a.audience() == Audience.CLASS ? classes.stream()
			.filter(c -> c.id().equals(a.classId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("class")) : null;
		List<EnrollmentRecord> placed = switch (a.audience()) {
			case INSTITUTION -> placedIn(classes);
			case CLASS -> placedIn(List.of(chosenClass));
			case FAMILIES -> chosen(user, a.childIds(), classes);
		};
		if (placed.isEmpty()) {
			throw new BusinessRuleException(a.audience() == Audience.CLASS ? "classId" : "audience",
					"messaging.announcements.audience.empty");
		}
		UUID institutionId = user.scope().institutionId();
		Institution institution = institution(institutionId);
		AnnouncementRow row = new AnnouncementRow(UuidV7.next(), institutionId, institution.divisionCode().value(),
				a.audience(), chosenClass == null ? null : chosenClass.id(), chosenClass == null ? null : chosenClass.name(),
				a.title(), a.body(), a.acknowledgementRequired(), user.accountId(), name(user), OffsetDateTime.now(clock), 0,
				null);
		List<FamilyRow> families = placed.stream()
			.map(p -> new FamilyRow(p.childId(), p.childName(), p.classId(), p.className(), null, null))
			.toList();
		List<ReaderRow> readers = new ArrayList<>();
		for (EnrollmentRecord p : placed) {
			for (Guardian guardian : family.guardiansOf(p.childId())) {
				readers.add(new ReaderRow(p.childId(), guardian.accountId(),
						Objects.requireNonNullElse(guardian.displayName(), ""), null));
			}
		}
		rows.insert(row);
		rows.insertFamilies(row, families);
		if (!readers.isEmpty()) {
			rows.insertReaders(row, readers);
		}
		Set<UUID> guardians = readers.stream().map(ReaderRow::guardianAccountId).collect(Collectors.toCollection(LinkedHashSet::new));
		String key = a.acknowledgementRequired() ? "messaging.announcements.notification.acknowledge"
				: "messaging.announcements.notification.published";
		guardians.forEach(g -> inbox.send(g, key, link(row.id()), institution.name(), row.title()));
		audit.record(entry("messaging.announcement.publish", row,
				a.audience() + ", " + families.size() + " families, " + guardians.size() + " guardians"));
		return new Published(row.id(), families.size(), guardians.size());
	}

	/** The announcements the publisher follows (the institution's, or a caregiver's classes' and own), newest first. */
	@Transactional(readOnly = true)
	public List<AnnouncementSummary> announcements(CurrentUser user) {
		return rows.summaries(follower(user));
	}

	/**
	 * One announcement with its families — who has read it and who acknowledged it, those still to do
	 * so first — and whether a reminder may go out now. The read is audited (it lists children).
	 */
	@Transactional
	public AnnouncementTracking tracking(CurrentUser user, UUID id) {
		AnnouncementRow a = followed(user, id, false);
		List<FamilyStatus> families = statuses(a);
		int pending = pendingGuardians(a, families).size();
		audit.record(entry("messaging.announcement.tracking.read", a, null));
		OffsetDateTime now = OffsetDateTime.now(clock);
		return new AnnouncementTracking(rows.summary(id), a.body(), families, a.reminders(), reminders.max(),
				a.lastRemindedAt(), reminders.allows(a.reminders(), a.lastRemindedAt(), now, pending),
				reminders.nextAllowed(a.lastRemindedAt()));
	}

	/**
	 * Reminds, through their inbox, the guardians of the families that have not read the announcement
	 * (or, when it asks for it, not acknowledged it).
	 *
	 * @return the guardian accounts reminded
	 * @throws BusinessRuleException nobody left to remind, the last reminder too recent, or too many
	 */
	@Transactional
	public int remind(CurrentUser user, UUID id) {
		AnnouncementRow a = followed(user, id, true);
		Set<UUID> pending = pendingGuardians(a, statuses(a));
		reminders.check(a.reminders(), a.lastRemindedAt(), OffsetDateTime.now(clock), pending.size());
		String key = a.acknowledgementRequired() ? "messaging.announcements.notification.reminderAcknowledge"
				: "messaging.announcements.notification.reminder";
		String institutionName = institution(a.institutionId()).name();
		pending.forEach(g -> inbox.send(g, key, link(a.id()), institutionName, a.title()));
		rows.recordReminder(a.id(), OffsetDateTime.now(clock));
		audit.record(entry("messaging.announcement.remind", a, pending.size() + " guardians"));
		return pending.size();
	}

	/** Whom the publisher may address: every family (administrators), their classes and the children placed there. */
	@Transactional(readOnly = true)
	public AnnouncementAudience audience(CurrentUser user) {
		AnnouncementActions.requirePublisher(user);
		List<AudienceClass> classes = new ArrayList<>();
		List<AudienceChild> children = new ArrayList<>();
		for (CareClass c : classes(user)) {
			List<EnrollmentRecord> placed = records.placedIn(c.id());
			classes.add(new AudienceClass(c.id(), c.name(), placed.size()));
			placed.forEach(p -> children.add(new AudienceChild(p.childId(), p.childName(), c.id(), c.name())));
		}
		return new AnnouncementAudience(AnnouncementActions.wholeInstitution(user), classes, children);
	}

	/** The guardian's announcements, those not opened yet first, then the newest. */
	@Transactional(readOnly = true)
	public List<ReceivedAnnouncement> received(CurrentUser user) {
		AnnouncementActions.requireGuardian(user);
		return received(rows.received(user.accountId(), null));
	}

	/** One of the guardian's announcements as its page opens it: marked read by the guardian. */
	@Transactional
	public ReceivedAnnouncement open(CurrentUser user, UUID id) {
		AnnouncementActions.requireGuardian(user);
		receivedRow(user, id);
		rows.markRead(id, user.accountId(), OffsetDateTime.now(clock));
		return received(List.of(receivedRow(user, id))).get(0);
	}

	/**
	 * The guardian confirms for their families that they have taken note of the announcement (确认已知晓);
	 * once is enough, a second time changes nothing.
	 *
	 * @throws BusinessRuleException the announcement does not ask for it
	 */
	@Transactional
	public ReceivedAnnouncement acknowledge(CurrentUser user, UUID id) {
		AnnouncementActions.requireGuardian(user);
		ReceivedRow row = receivedRow(user, id);
		if (!row.acknowledgementRequired()) {
			throw new BusinessRuleException(null, "messaging.announcements.acknowledge.notAsked");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		rows.markRead(id, user.accountId(), now);
		if (rows.acknowledge(id, user.accountId(), name(user), now) > 0) {
			audit.record(new AuditEntry("messaging.announcement.acknowledge", "announcement", id.toString(), null,
					row.institutionId(), "by guardian"));
		}
		return received(List.of(receivedRow(user, id))).get(0);
	}

	/**
	 * The announcements a guardian has not opened yet (0 for anyone else), e.g. for the header or
	 * the family's start page.
	 */
	@Transactional(readOnly = true)
	public long unreadAnnouncements(CurrentUser user) {
		return user.role() == Role.GUARDIAN ? rows.unread(user.accountId()) : 0;
	}

	private ReceivedRow receivedRow(CurrentUser user, UUID id) {
		return rows.received(user.accountId(), id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("announcement"));
	}

	private List<ReceivedAnnouncement> received(List<ReceivedRow> found) {
		Map<UUID, Institution> places = found.isEmpty() ? Map.of()
				: institutions.institutionsByIds(found.stream().map(ReceivedRow::institutionId).distinct().toList());
		return found.stream()
			.map(r -> new ReceivedAnnouncement(r.id(), places.get(r.institutionId()).name(), r.title(), r.body(),
					r.authorName(), r.publishedAt(), r.read(), r.acknowledgementRequired(), r.acknowledgedAt(),
					r.acknowledgedByName(), r.childNames()))
			.toList();
	}

	/** The families with their guardians' receipts: those still to read (or acknowledge) first. */
	private List<FamilyStatus> statuses(AnnouncementRow a) {
		Map<UUID, List<ReaderRow>> byChild = rows.readers(a.id())
			.stream()
			.collect(Collectors.groupingBy(ReaderRow::childId, LinkedHashMap::new, Collectors.toList()));
		return rows.families(a.id())
			.stream()
			.map(f -> {
				List<ReaderRow> readers = byChild.getOrDefault(f.childId(), List.of());
				return new FamilyStatus(f.childId(), f.childName(), f.className(),
						readers.stream().map(r -> new GuardianStatus(r.guardianName(), r.readAt())).toList(),
						readers.stream().anyMatch(r -> r.readAt() != null), f.acknowledgedAt(), f.acknowledgedByName());
			})
			.sorted(Comparator.comparing((FamilyStatus f) -> done(a, f)))
			.toList();
	}

	/** The guardian accounts of the families that have not read it (or not acknowledged it, when asked). */
	private Set<UUID> pendingGuardians(AnnouncementRow a, List<FamilyStatus> families) {
		Set<UUID> pendingChildren = families.stream()
			.filter(f -> !done(a, f))
			.map(FamilyStatus::childId)
			.collect(Collectors.toSet());
		return rows.readers(a.id())
			.stream()
			.filter(r -> pendingChildren.contains(r.childId()))
			.map(ReaderRow::guardianAccountId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static boolean done(AnnouncementRow a, FamilyStatus family) {
		return a.acknowledgementRequired() ? family.acknowledgedAt() != null : family.read();
	}

	private AnnouncementRow followed(CurrentUser user, UUID id, boolean lock) {
		return rows.followed(follower(user), id, lock).orElseThrow(() -> new NotFoundException("announcement"));
	}

	private Follower follower(CurrentUser user) {
		AnnouncementActions.requirePublisher(user);
		boolean all = AnnouncementActions.wholeInstitution(user);
		return new Follower(user.scope().institutionId(), all, all ? List.of() : staff.classesOfAccount(user.accountId()),
				user.accountId());
	}

	/** The classes of the publisher's institution they reach: all for the administrator, a caregiver's assigned ones. */
	private List<CareClass> classes(CurrentUser user) {
		List<CareClass> all = institutions.detail(user, user.scope().institutionId()).classes();
		if (AnnouncementActions.wholeInstitution(user)) {
			return all;
		}
		Set<UUID> assigned = Set.copyOf(staff.classesOfAccount(user.accountId()));
		return all.stream().filter(c -> assigned.contains(c.id())).toList();
	}

	private List<EnrollmentRecord> placedIn(List<CareClass> classes) {
		return classes.stream().flatMap(c -> records.placedIn(c.id()).stream()).toList();
	}

	/** The chosen children's placements, each in a class the publisher reaches; one outside makes all not found. */
	private List<EnrollmentRecord> chosen(CurrentUser user, List<UUID> childIds, List<CareClass> classes) {
		Set<UUID> reached = classes.stream().map(CareClass::id).collect(Collectors.toSet());
		Map<UUID, EnrollmentRecord> current = records.currentPlacements(childIds);
		List<EnrollmentRecord> found = new ArrayList<>();
		for (UUID childId : childIds) {
			EnrollmentRecord placement = current.get(childId);
			if (placement == null || !placement.institutionId().equals(user.scope().institutionId())
					|| !reached.contains(placement.classId())) {
				throw new NotFoundException("child");
			}
			found.add(placement);
		}
		return found;
	}

	private Institution institution(UUID institutionId) {
		return institutions.institutionsByIds(List.of(institutionId)).get(institutionId);
	}

	static String link(UUID announcementId) {
		return "/family/announcements/" + announcementId;
	}

	private static String name(CurrentUser user) {
		String name = user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private static AuditEntry entry(String action, AnnouncementRow a, String details) {
		return new AuditEntry(action, "announcement", a.id().toString(), DivisionCode.of(a.divisionCode()),
				a.institutionId(), details == null ? "" : details);
	}
}
