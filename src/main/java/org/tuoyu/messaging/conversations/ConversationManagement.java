package org.tuoyu.messaging.conversations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.Guardian;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.messaging.conversations.ConversationRows.ListedThread;
import org.tuoyu.messaging.conversations.ConversationRows.MessageRow;
import org.tuoyu.messaging.conversations.ConversationRows.PhotoRow;
import org.tuoyu.messaging.conversations.ConversationRows.Released;
import org.tuoyu.messaging.conversations.ConversationRows.ThreadRow;
import org.tuoyu.messaging.files.FileStorage;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UnreadMessages;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;

/**
 * Conversations between families and institutions (家园沟通). A child has one thread per institution,
 * created on first use, between its guardians and the institution's administrators and the caregivers
 * of the class it is placed in now; an administrator may also write to one guardian account. Who
 * takes part is derived from the family, enrollment and staff modules when asked: an institution's
 * administrators see all its threads, a caregiver those of the children of their classes, a guardian
 * their children's and their own; any other thread is not found, and roles that never converse are
 * refused. Every message is kept; every read of a thread and every write is audited.
 */
@Service
public class ConversationManagement implements UnreadMessages {

	/** Messages on one page of a thread unless asked otherwise, and the most one page holds. */
	static final int PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 200;

	/** The storage area of message photos: {@code <data directory>/messages}, where they have always been. */
	static final String PHOTO_AREA = "messages";

	private final ConversationRows rows;

	private final Participants participants;

	private final ConversationNotices notices;

	private final OfficeHoursManagement officeHours;

	private final FileStorage photos;

	private final MessagePolicy messagePolicy;

	private final WithdrawalPolicy withdrawal;

	private final InstitutionManagement institutions;

	private final EnrollmentRecordManagement records;

	private final PlacementManagement placements;

	private final FamilyManagement family;

	private final AuditLog audit;

	private final Clock clock;

	ConversationManagement(ConversationRows rows, Participants participants, ConversationNotices notices,
			OfficeHoursManagement officeHours, FileStorage photos, ConversationSettings settings,
			InstitutionManagement institutions, EnrollmentRecordManagement records, PlacementManagement placements,
			FamilyManagement family, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.participants = participants;
		this.notices = notices;
		this.officeHours = officeHours;
		this.photos = photos;
		this.messagePolicy = new MessagePolicy(settings.maxPhotoSize().toBytes(), settings.maxPhotos());
		this.withdrawal = new WithdrawalPolicy(settings.withdrawWithin());
		this.institutions = institutions;
		this.records = records;
		this.placements = placements;
		this.family = family;
		this.audit = audit;
		this.clock = clock;
	}

	/** The user's threads, the latest conversation first, each with the user's unread count. */
	@Transactional
	public List<Conversation> conversations(CurrentUser user) {
		Side side = ConversationActions.sideOf(user);
		List<ListedThread> listed = rows.threads(participants.scopeOf(user), user.accountId(), side);
		Map<UUID, Institution> places = places(listed.stream().map(l -> l.thread().institutionId()).toList());
		audit.record(AuditEntry.of("messaging.threads.read", "account", user.accountId()));
		return listed.stream().map(l -> conversation(l.thread(), places, l.last(), l.unread())).toList();
	}

	/**
	 * A page of a thread's messages, oldest first: the newest {@code size} (default 50, at most 200),
	 * or those before the position {@code before}. Reading does not move the user's read receipt.
	 */
	@Transactional
	public ConversationDetail conversation(CurrentUser user, UUID threadId, Long before, Integer size) {
		int limit = size == null ? PAGE_SIZE : size;
		if (limit < 1 || limit > MAX_PAGE_SIZE) {
			throw new BusinessRuleException("size", "messaging.conversations.page.size", 1, MAX_PAGE_SIZE);
		}
		ThreadRow thread = visible(user, threadId);
		audited("messaging.thread.read", thread);
		return detail(user, thread, before, limit);
	}

	/** A thread as its page opens it: the newest messages (or those before {@code before}), marked read. */
	@Transactional
	public ConversationDetail open(CurrentUser user, UUID threadId, Long before) {
		ThreadRow thread = visible(user, threadId);
		rows.markRead(threadId, user.accountId(), ConversationActions.sideOf(user), OffsetDateTime.now(clock));
		audited("messaging.thread.read", thread);
		return detail(user, thread, before, PAGE_SIZE);
	}

	/** Moves the user's read receipt of the thread to its latest message. */
	@Transactional
	public void markRead(CurrentUser user, UUID threadId) {
		ThreadRow thread = visible(user, threadId);
		rows.markRead(threadId, user.accountId(), ConversationActions.sideOf(user), OffsetDateTime.now(clock));
		audited("messaging.thread.markRead", thread);
	}

	/**
	 * The thread of a child placed now with the child's institution, created on first use (exactly
	 * one, even when first messages race): for the child's guardians, the institution's administrators
	 * and the caregivers of the child's class.
	 *
	 * @throws BusinessRuleException for a guardian's child who is not placed at an institution now
	 */
	@Transactional
	public Started startForChild(CurrentUser user, UUID childId) {
		Side side = ConversationActions.sideOf(user);
		if (childId == null) {
			throw new BusinessRuleException("childId", "messaging.conversations.start.choose");
		}
		Optional<EnrollmentRecord> placement = records.currentPlacement(childId);
		if (side == Side.FAMILY) {
			if (!family.guardianAccounts(childId).contains(user.accountId())) {
				throw new NotFoundException("child");
			}
			if (placement.isEmpty()) {
				throw new BusinessRuleException("childId", "messaging.conversations.start.notPlaced",
						family.facts(childId).orElseThrow().name());
			}
		}
		EnrollmentRecord placed = placement.filter(p -> side == Side.FAMILY || mayWriteAbout(user, p))
			.orElseThrow(() -> new NotFoundException("child"));
		Optional<ThreadRow> existing = rows.threadWith(placed.institutionId(), ConversationKind.CHILD, childId);
		if (existing.isPresent()) {
			return new Started(existing.get().id(), false);
		}
		ThreadRow thread = new ThreadRow(UuidV7.next(), placed.institutionId(), division(placed.institutionId()),
				ConversationKind.CHILD, childId, null, placed.childName(), OffsetDateTime.now(clock), null);
		return started(user, thread, () -> rows.threadWith(placed.institutionId(), ConversationKind.CHILD, childId));
	}

	/**
	 * The administrator's thread with a guardian of a child placed at the institution now, created on
	 * first use, for matters not tied to a child (fees, for example).
	 */
	@Transactional
	public Started startForGuardian(CurrentUser user, UUID guardianAccountId) {
		ConversationActions.requireAdministrator(user);
		if (guardianAccountId == null) {
			throw new BusinessRuleException("guardianAccountId", "messaging.conversations.start.choose");
		}
		UUID institutionId = user.scope().institutionId();
		Optional<ThreadRow> existing = rows.threadWith(institutionId, ConversationKind.GUARDIAN, guardianAccountId);
		if (existing.isPresent()) {
			return new Started(existing.get().id(), false);
		}
		Guardian guardian = guardiansOf(placements.roster(user, institutionId)).get(guardianAccountId);
		if (guardian == null) {
			throw new NotFoundException("guardian");
		}
		ThreadRow thread = new ThreadRow(UuidV7.next(), institutionId, division(institutionId), ConversationKind.GUARDIAN,
				null, guardianAccountId, title(guardian.displayName()), OffsetDateTime.now(clock), null);
		return started(user, thread, () -> rows.threadWith(institutionId, ConversationKind.GUARDIAN, guardianAccountId));
	}

	/**
	 * Sends a message: text (trimmed, 1–2,000 characters; none only with photos) and photos (JPEG or
	 * PNG, each at most the configured size). Everyone on the other side is told in their inbox at
	 * once — except that a guardian's message outside the institution's office hours is delivered and
	 * the staff are told at the next opening, which the answer names.
	 *
	 * @throws BusinessRuleException naming the field, with nothing written; or for a child's thread
	 *         after the child left the institution (read-only)
	 */
	@Transactional
	public Sent send(CurrentUser user, UUID threadId, String text, List<NewPhoto> attached) {
		Side side = ConversationActions.sideOf(user);
		List<NewPhoto> photoList = attached == null ? List.of() : attached;
		ThreadRow thread = visible(user, threadId);
		String body = MessagePolicy.text(text, !photoList.isEmpty());
		List<String> types = messagePolicy.photoTypes(photoList);
		requireWritable(thread);
		rows.lockThread(threadId);
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime notifyAt = side == Side.FAMILY
				? OfficeHoursPolicy.nextOpening(officeHours.of(thread.institutionId()), now.atZoneSameInstant(clock.getZone()))
					.toOffsetDateTime()
				: now;
		boolean held = notifyAt.isAfter(now);
		UUID id = UuidV7.next();
		rows.insertMessage(id, threadId, user.accountId(), sender(user), side, body, now, notifyAt, held ? null : now);
		for (int i = 0; i < photoList.size(); i++) {
			NewPhoto photo = photoList.get(i);
			rows.insertPhoto(UuidV7.next(), id, i, types.get(i), photos.store(PHOTO_AREA, photo.content()), photo.content().length,
					fileName(photo.fileName()));
		}
		rows.markRead(threadId, user.accountId(), side, now);
		audit.record(entry("messaging.message.send", thread,
				side + ", " + photoList.size() + " photos" + (held ? ", staff told at " + notifyAt : "")));
		if (!held) {
			notices.newMessage(thread, side, user.accountId(), sender(user));
		}
		MessageRow stored = rows.message(threadId, id).orElseThrow();
		return new Sent(view(user, stored, rows.photosOf(List.of(id)), Map.of()), held ? notifyAt : null);
	}

	/**
	 * Withdraws the user's own message within the configured time (2 minutes by default): it stays in
	 * the thread for everyone as a withdrawn message, without its text or photos.
	 *
	 * @throws BusinessRuleException someone else's message, withdrawn already, or too late
	 */
	@Transactional
	public void withdraw(CurrentUser user, UUID threadId, UUID messageId) {
		ThreadRow thread = visible(user, threadId);
		rows.lockThread(threadId);
		MessageRow message = rows.message(threadId, messageId).orElseThrow(() -> new NotFoundException("message"));
		withdrawal.check(message.senderAccountId().equals(user.accountId()), message.withdrawnAt() != null,
				message.sentAt(), clock.instant());
		rows.withdraw(messageId, OffsetDateTime.now(clock));
		audit.record(entry("messaging.message.withdraw", thread, "message " + messageId));
	}

	/** A photo of a message in one of the user's threads; a withdrawn message's photos are not found. */
	@Transactional
	public StoredPhoto photo(CurrentUser user, UUID photoId) {
		PhotoRow photo = rows.photo(photoId).filter(p -> !p.withdrawn()).orElseThrow(() -> new NotFoundException("photo"));
		ThreadRow thread = visible(user, photo.threadId());
		byte[] content = photos.read(PHOTO_AREA, photo.sha256()).orElseThrow(() -> new NotFoundException("photo"));
		audited("messaging.photo.read", thread);
		return new StoredPhoto(content, photo.contentType());
	}

	/**
	 * Whom the user may start a conversation with: a guardian's children placed now; the children of
	 * a caregiver's classes; an administrator's children placed at the institution and their
	 * guardians. Each with its thread when there is one.
	 */
	@Transactional
	public Startable startable(CurrentUser user) {
		Side side = ConversationActions.sideOf(user);
		List<EnrollmentRecord> placed;
		if (side == Side.FAMILY) {
			placed = family.childIdsOf(user.accountId())
				.stream()
				.flatMap(child -> records.currentPlacement(child).stream())
				.toList();
		}
		else if (user.role() == Role.INSTITUTION_ADMIN) {
			placed = placements.roster(user, user.scope().institutionId());
		}
		else {
			placed = participants.classChildren(user);
		}
		Map<UUID, Institution> places = places(placed.stream().map(EnrollmentRecord::institutionId).toList());
		List<Startable.Child> children = placed.stream()
			.map(p -> new Startable.Child(p.childId(), p.childName(), places.get(p.institutionId()).name(), p.className(),
					rows.threadWith(p.institutionId(), ConversationKind.CHILD, p.childId()).map(ThreadRow::id).orElse(null)))
			.toList();
		List<Startable.Guardian> guardians = new ArrayList<>();
		if (user.role() == Role.INSTITUTION_ADMIN) {
			UUID institutionId = user.scope().institutionId();
			Map<UUID, UUID> threads = rows.threadsOf(institutionId)
				.stream()
				.filter(t -> t.guardianAccountId() != null)
				.collect(Collectors.toMap(ThreadRow::guardianAccountId, ThreadRow::id));
			Map<UUID, String> childOf = new LinkedHashMap<>();
			Map<UUID, Guardian> byAccount = guardiansOf(placed, childOf);
			byAccount.values()
				.forEach(g -> guardians.add(new Startable.Guardian(g.accountId(), g.displayName(), childOf.get(g.accountId()),
						threads.get(g.accountId()))));
		}
		return new Startable(children, guardians);
	}

	/** The messages written to the user in their threads that they have not read (the header's count). */
	@Override
	@Transactional(readOnly = true)
	public long unreadMessages(CurrentUser user) {
		if (!ConversationActions.converses(user)) {
			return 0;
		}
		return rows.unread(participants.scopeOf(user), user.accountId(), ConversationActions.sideOf(user));
	}

	/**
	 * Tells the staff about guardians' messages held outside office hours whose opening has come: one
	 * inbox notification per thread and recipient, each message once even with several nodes (every
	 * minute by default).
	 *
	 * @return the messages released
	 */
	@Scheduled(cron = "${tuoyu.messaging.conversations.release-cron:0 * * * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public int releaseHeldMessages() {
		List<Released> released = rows.claimDue(OffsetDateTime.now(clock));
		Map<UUID, Long> perThread = released.stream()
			.collect(Collectors.groupingBy(Released::threadId, LinkedHashMap::new, Collectors.counting()));
		perThread.forEach((threadId, count) -> rows.thread(threadId)
			.ifPresent(thread -> notices.heldMessages(thread, count.intValue())));
		return released.size();
	}

	private Started started(CurrentUser user, ThreadRow thread, Supplier<Optional<ThreadRow>> winner) {
		if (!rows.insertThread(thread, user.accountId())) {
			// another request created it meanwhile: there is exactly one, theirs
			return new Started(winner.get().orElseThrow().id(), false);
		}
		audit.record(entry("messaging.thread.start", thread, thread.kind().name()));
		return new Started(thread.id(), true);
	}

	private ConversationDetail detail(CurrentUser user, ThreadRow thread, Long before, int limit) {
		Side side = ConversationActions.sideOf(user);
		List<MessageRow> page = new ArrayList<>(
				rows.messages(thread.id(), before == null ? Long.MAX_VALUE : before, limit + 1));
		boolean earlier = page.size() > limit;
		if (earlier) {
			page.remove(0);
		}
		Map<Side, Long> read = rows.readPositions(thread.id());
		List<PhotoRow> photoRows = rows.photosOf(page.stream().map(MessageRow::id).toList());
		List<Message> messages = page.stream().map(m -> view(user, m, photoRows, read)).toList();
		Preview last = before != null || messages.isEmpty() ? null : preview(messages.get(messages.size() - 1));
		Conversation conversation = conversation(thread, places(List.of(thread.institutionId())), last,
				rows.unreadIn(thread.id(), user.accountId(), side));
		return new ConversationDetail(conversation, messages, earlier ? page.get(0).position() : null, side,
				writable(thread), officeHours.of(thread.institutionId()));
	}

	private Message view(CurrentUser user, MessageRow m, List<PhotoRow> photoRows, Map<Side, Long> read) {
		boolean withdrawn = m.withdrawnAt() != null;
		boolean mine = m.senderAccountId().equals(user.accountId());
		List<Photo> attached = withdrawn ? List.of()
				: photoRows.stream()
					.filter(p -> p.messageId().equals(m.id()))
					.map(p -> new Photo(p.id(), p.contentType(), p.size()))
					.toList();
		OffsetDateTime heldUntil = m.notifyAt() != null && m.notifyAt().isAfter(m.sentAt()) ? m.notifyAt() : null;
		return new Message(m.id(), m.position(), m.senderName(), m.side(), withdrawn ? null : m.body(), attached,
				m.sentAt(), withdrawn, read.getOrDefault(m.side().other(), 0L) >= m.position(), mine,
				withdrawal.allows(mine, withdrawn, m.sentAt(), clock.instant()) ? withdrawal.deadline(m.sentAt()) : null,
				heldUntil);
	}

	private static Preview preview(Message message) {
		return new Preview(message.senderName(), message.text(), message.withdrawn(), message.photos().size(),
				message.sentAt());
	}

	private Conversation conversation(ThreadRow thread, Map<UUID, Institution> places, Preview last, long unread) {
		return new Conversation(thread.id(), thread.kind(), thread.institutionId(),
				places.get(thread.institutionId()).name(), thread.childId(), thread.guardianAccountId(), thread.title(), last,
				unread);
	}

	/** The thread if the user takes part in it, else not found. */
	private ThreadRow visible(CurrentUser user, UUID threadId) {
		ConversationActions.sideOf(user);
		return rows.thread(threadId)
			.filter(thread -> participants.sees(user, thread))
			.orElseThrow(() -> new NotFoundException("thread"));
	}

	/** Whether a thread takes new messages: a child's only while the child is placed at the institution. */
	private boolean writable(ThreadRow thread) {
		return thread.kind() != ConversationKind.CHILD || participants.placement(thread).isPresent();
	}

	private void requireWritable(ThreadRow thread) {
		if (!writable(thread)) {
			throw new BusinessRuleException(null, "messaging.conversations.thread.readOnly", thread.title());
		}
	}

	/** Whether staff may write about a child placed now: at their institution, and for a caregiver in their class. */
	private boolean mayWriteAbout(CurrentUser user, EnrollmentRecord placement) {
		return placement.institutionId().equals(user.scope().institutionId())
				&& (user.role() == Role.INSTITUTION_ADMIN || participants.classChildren(user)
					.stream()
					.anyMatch(p -> p.childId().equals(placement.childId())));
	}

	private Map<UUID, Guardian> guardiansOf(List<EnrollmentRecord> placed) {
		return guardiansOf(placed, new LinkedHashMap<>());
	}

	/** The guardians of the children by account, noting each guardian's first child in {@code childOf}. */
	private Map<UUID, Guardian> guardiansOf(List<EnrollmentRecord> placed, Map<UUID, String> childOf) {
		Map<UUID, Guardian> guardians = new LinkedHashMap<>();
		for (EnrollmentRecord record : placed) {
			for (Guardian guardian : family.guardiansOf(record.childId())) {
				guardians.putIfAbsent(guardian.accountId(), guardian);
				childOf.putIfAbsent(guardian.accountId(), record.childName());
			}
		}
		return guardians;
	}

	private Map<UUID, Institution> places(Collection<UUID> institutionIds) {
		return institutionIds.isEmpty() ? Map.of() : institutions.institutionsByIds(institutionIds.stream().distinct().toList());
	}

	private String division(UUID institutionId) {
		return places(List.of(institutionId)).get(institutionId).divisionCode().value();
	}

	private void audited(String action, ThreadRow thread) {
		audit.record(entry(action, thread, null));
	}

	/** An audit entry on the thread's child (so a child's record shows who read about it) or guardian. */
	private static AuditEntry entry(String action, ThreadRow thread, String details) {
		AuditEntry entry = thread.kind() == ConversationKind.CHILD ? AuditEntry.of(action, "child", thread.childId())
				: AuditEntry.of(action, "account", thread.guardianAccountId());
		return entry.in(DivisionCode.of(thread.divisionCode()))
			.withDetails("thread " + thread.id() + (details == null ? "" : ", " + details));
	}

	private static String sender(CurrentUser user) {
		return title(user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName());
	}

	private static String title(String name) {
		return name.length() > 60 ? name.substring(0, 60) : name;
	}

	private static String fileName(String name) {
		return name == null || name.isBlank() ? null : name.length() > 200 ? name.substring(0, 200) : name;
	}
}
