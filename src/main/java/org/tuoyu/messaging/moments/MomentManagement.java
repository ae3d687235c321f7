package org.tuoyu.messaging.moments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.family.ConsentKind;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.institution.Institution;
import org.tuoyu.messaging.files.FileStorage;
import org.tuoyu.messaging.files.PhotoCleaner;
import org.tuoyu.messaging.files.Upload;
import org.tuoyu.messaging.moments.MomentPolicy.Checked;
import org.tuoyu.messaging.moments.MomentRows.MomentRow;
import org.tuoyu.messaging.moments.MomentRows.PhotoRow;
import org.tuoyu.messaging.moments.MomentRows.TagRow;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;

/**
 * Moments (成长瞬间). The institution's staff post photos and a short note tagged with children placed in
 * the classes they reach (see {@link MomentActions}) whose guardians consented to photos; a child without
 * consent, or a photo that is not JPEG/PNG or too large, refuses the whole moment and nothing is written.
 * Photos are kept without their metadata, each with a thumbnail (see {@link PhotoCleaner}). The tagged
 * children's guardians are told in their inbox.
 *
 * <p>Who sees what is decided when read, against the consents in force then: staff see the moments of
 * their institution (a caregiver those tagging a child of their classes) with every tagged child whose
 * consent is in force; a guardian sees the moments tagging their own children whose consent is in force,
 * with those children only. A child whose consent is withdrawn disappears from every moment, and the
 * moments from the family; a moment with no such child left is seen by nobody. Photos are served to
 * whoever sees their moment. Every read and write is audited.
 */
@Service
public class MomentManagement {

	/** The storage area of the moments' photos and thumbnails: {@code <data directory>/moments}. */
	static final String AREA = "moments";

	private final MomentRows rows;

	private final MomentScope scope;

	private final FamilyManagement family;

	private final FileStorage files;

	private final MomentSettings settings;

	private final MomentPolicy policy;

	private final Inbox inbox;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MomentManagement(MomentRows rows, MomentScope scope, FamilyManagement family, FileStorage files,
			MomentSettings settings, Inbox inbox, AuditLog audit, PlatformTransactionManager transactions, Clock clock) {
		this.rows = rows;
		this.scope = scope;
		this.family = family;
		this.files = files;
		this.settings = settings;
		this.policy = new MomentPolicy(settings.maxPhotoSize().toBytes(), settings.maxPhotos());
		this.inbox = inbox;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** What a reader reaches: an institution (none for guardians) and children (every child when {@code null}). */
	private record Reader(CurrentUser user, UUID institutionId, Set<UUID> children) {

		boolean family() {
			return user.role() == Role.GUARDIAN;
		}

		boolean reaches(UUID childId) {
			return children == null || children.contains(childId);
		}
	}

	/** The settings: photo limits for the pages. */
	public MomentSettings settings() {
		return settings;
	}

	/**
	 * The classes the staff member posts for with their children placed now, each marked with whether the
	 * guardians' photo consent is in force (only those may be tagged).
	 */
	@Transactional(readOnly = true)
	public Taggable taggable(CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		List<Taggable.TaggableClass> classes = new ArrayList<>();
		Map<UUID, List<EnrollmentRecord>> children = new LinkedHashMap<>();
		List<org.tuoyu.institution.CareClass> reached = scope.classes(user);
		reached.forEach(c -> children.put(c.id(), scope.children(c.id(), today)));
		Set<UUID> consenting = family.consentsInForce(
				children.values().stream().flatMap(List::stream).map(EnrollmentRecord::childId).toList(), ConsentKind.PHOTOS);
		reached
			.forEach(c -> classes.add(new Taggable.TaggableClass(c.id(), c.name(), children.get(c.id())
				.stream()
				.map(p -> new Taggable.TaggableChild(p.childId(), p.childName(), consenting.contains(p.childId())))
				.toList())));
		return new Taggable(classes);
	}

	/**
	 * Posts a moment now: photos (JPEG or PNG, each at most the configured size) and a note (at most 500
	 * characters), not neither, tagged with children placed in classes the staff member reaches whose
	 * guardians consented to photos. The guardians of the tagged children are told.
	 *
	 * @throws NotFoundException a child out of reach (another class's, another institution's); nothing is written
	 * @throws BusinessRuleException naming the field, with nothing written: an empty moment, no child, a child
	 *         without photo consent, a photo refused, a note too long
	 */
	public Moment post(CurrentUser user, List<UUID> childIds, String note, List<Upload> photos) {
		return post(user, childIds, note, photos, OffsetDateTime.now(clock), true);
	}

	/** Posts a moment at {@code at} (the demo's earlier days), telling the guardians only when {@code notify}. */
	Moment post(CurrentUser user, List<UUID> childIds, String note, List<Upload> photos, OffsetDateTime at,
			boolean notify) {
		MomentActions.requireStaff(user);
		Checked checked = policy.check(childIds, note, photos);
		LocalDate day = at.atZoneSameInstant(clock.getZone()).toLocalDate();
		Map<UUID, EnrollmentRecord> placed = scope.placed(user, checked.childIds(), day);
		Set<UUID> consenting = family.consentsInForce(checked.childIds(), ConsentKind.PHOTOS);
		List<String> without = checked.childIds()
			.stream()
			.filter(child -> !consenting.contains(child))
			.map(child -> placed.get(child).childName())
			.toList();
		if (!without.isEmpty()) {
			throw new BusinessRuleException("childIds", "messaging.moments.consent.missing", String.join("、", without));
		}
		List<PhotoCleaner.Cleaned> cleaned = new ArrayList<>();
		for (Upload photo : checked.photos()) {
			try {
				cleaned.add(PhotoCleaner.clean(photo.content(), settings.thumbnailSize()));
			}
			catch (PhotoCleaner.PhotoRefused refused) {
				throw MomentPolicy.refused(photo, refused);
			}
		}
		Institution institution = scope.institution(user.scope().institutionId());
		UUID id = UuidV7.next();
		List<PhotoRow> photoRows = new ArrayList<>();
		for (int i = 0; i < cleaned.size(); i++) {
			PhotoCleaner.Cleaned photo = cleaned.get(i);
			String original = files.store(AREA, photo.content());
			String thumbnail = files.store(AREA, photo.thumbnail());
			photoRows.add(new PhotoRow(UuidV7.next(), id, i, photo.contentType(), original, photo.content().length,
					photo.width(), photo.height(), thumbnail, photo.thumbnail().length, checked.photos().get(i).keptName()));
		}
		MomentRow moment = new MomentRow(id, institution.id(), checked.note(), user.accountId(), poster(user), at, null);
		return transaction.execute(status -> {
			rows.insertMoment(moment, institution.divisionCode().value());
			rows.insertChildren(id, checked.childIds());
			photoRows.forEach(rows::insertPhoto);
			audit.recordAll(checked.childIds()
				.stream()
				.map(child -> AuditEntry.of("messaging.moment.post", "child", child)
					.in(institution.divisionCode())
					.withDetails("moment " + id + ", " + photoRows.size() + " photos"))
				.toList());
			if (notify) {
				tell(institution, checked.childIds(), placed);
			}
			return views(reader(user), List.of(moment)).get(0);
		});
	}

	/**
	 * A page of the moments the user sees, newest first ({@code size} from the settings): staff their
	 * institution's (a caregiver those of their classes' children), a guardian their children's; only
	 * those of one child when {@code childId} is given (a child out of reach is not found), those before
	 * the moment {@code before} when given. The read is audited.
	 */
	@Transactional
	public MomentFeed feed(CurrentUser user, UUID childId, UUID before) {
		Reader reader = reader(user);
		if (childId != null && (!reader.reaches(childId) || (reader.children() == null && !placedHere(user, childId)))) {
			throw new NotFoundException("child");
		}
		Set<UUID> children = childId != null ? Set.of(childId) : reader.children();
		int size = settings.pageSize();
		List<MomentRow> page = new ArrayList<>(reader.institutionId() == null
				? rows.childrenFeed(children.toArray(UUID[]::new), before, size + 1)
				: rows.institutionFeed(reader.institutionId(), children == null ? null : children.toArray(UUID[]::new),
						before, size + 1));
		boolean more = page.size() > size;
		if (more) {
			page.remove(size);
		}
		audit.record(AuditEntry.of("messaging.moments.read", "account", user.accountId())
			.withDetails(childId == null ? "" : "child " + childId));
		return new MomentFeed(views(reader, page), more ? page.get(page.size() - 1).id() : null);
	}

	/** One moment the user sees, or not found. */
	@Transactional
	public Moment moment(CurrentUser user, UUID momentId) {
		Reader reader = reader(user);
		MomentRow moment = visible(reader, momentId);
		audit.record(AuditEntry.of("messaging.moment.read", "moment", momentId));
		return views(reader, List.of(moment)).get(0);
	}

	/** A photo at full size (without its metadata) of a moment the user sees; the read is audited. */
	@Transactional
	public PhotoFile photo(CurrentUser user, UUID photoId) {
		return file(user, photoId, false);
	}

	/** The thumbnail (JPEG) of a photo of a moment the user sees. */
	@Transactional(readOnly = true)
	public PhotoFile thumbnail(CurrentUser user, UUID photoId) {
		return file(user, photoId, true);
	}

	/**
	 * Withdraws a moment: its author or the institution's administrator. It stays, marked, and nobody sees it
	 * any more.
	 */
	@Transactional
	public void withdraw(CurrentUser user, UUID momentId) {
		MomentActions.requireStaff(user);
		MomentRow moment = visible(reader(user), momentId);
		if (!MomentActions.mayWithdraw(user, moment.postedBy())) {
			throw new BusinessRuleException(null, "messaging.moments.withdraw.notYours");
		}
		rows.withdraw(momentId, user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("messaging.moment.withdraw", "moment", momentId));
	}

	/**
	 * How many moments the child is in and their photos, as the user sees them: for the child's guardians,
	 * and staff who reach the child placed now (their institution's moments). Nothing while the child's photo
	 * consent is withdrawn.
	 *
	 * @throws NotFoundException a child out of reach
	 */
	@Transactional(readOnly = true)
	public MomentCount count(CurrentUser user, UUID childId) {
		Reader reader = reader(user);
		if (childId == null || !reader.reaches(childId) || (reader.children() == null && !placedHere(user, childId))) {
			throw new NotFoundException("child");
		}
		long[] count = rows.count(childId, reader.institutionId());
		return new MomentCount(childId, count[0], count[1]);
	}

	private PhotoFile file(CurrentUser user, UUID photoId, boolean thumbnail) {
		Reader reader = reader(user);
		PhotoRow photo = rows.photo(photoId).orElseThrow(() -> new NotFoundException("photo"));
		visible(reader, photo.momentId());
		byte[] content = files.read(AREA, thumbnail ? photo.thumbnailSha256() : photo.sha256())
			.orElseThrow(() -> new NotFoundException("photo"));
		if (!thumbnail) {
			audit.record(AuditEntry.of("messaging.moment.photo.read", "moment", photo.momentId())
				.withDetails("photo " + photoId));
		}
		String type = thumbnail ? "image/jpeg" : photo.contentType();
		return new PhotoFile(content, type,
				"moment-" + photoId + (thumbnail ? "-thumbnail" : "") + ("image/png".equals(type) ? ".png" : ".jpg"));
	}

	/** The moment if the reader sees it, else not found. */
	private MomentRow visible(Reader reader, UUID momentId) {
		return rows.moment(momentId)
			.filter(m -> m.withdrawnAt() == null
					&& (reader.institutionId() == null || reader.institutionId().equals(m.institutionId())))
			.filter(m -> rows.consentedTags(List.of(m.id())).stream().anyMatch(t -> reader.reaches(t.childId())))
			.orElseThrow(() -> new NotFoundException("moment"));
	}

	private Reader reader(CurrentUser user) {
		MomentActions.requireReader(user);
		if (user.role() == Role.GUARDIAN) {
			return new Reader(user, null, Set.copyOf(family.childIdsOf(user.accountId())));
		}
		Set<UUID> children = MomentActions.everyClass(user) ? null
				: Set.copyOf(scope.classChildren(user, LocalDate.now(clock)));
		return new Reader(user, user.scope().institutionId(), children);
	}

	/** Whether a child is placed now at the staff member's institution. */
	private boolean placedHere(CurrentUser user, UUID childId) {
		try {
			scope.placed(user, List.of(childId), LocalDate.now(clock));
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private List<Moment> views(Reader reader, List<MomentRow> moments) {
		List<UUID> ids = moments.stream().map(MomentRow::id).toList();
		Map<UUID, List<Moment.TaggedChild>> tags = rows.consentedTags(ids)
			.stream()
			.filter(t -> !reader.family() || reader.reaches(t.childId()))
			.collect(Collectors.groupingBy(TagRow::momentId, LinkedHashMap::new,
					Collectors.mapping(t -> new Moment.TaggedChild(t.childId(), t.name()), Collectors.toList())));
		Map<UUID, List<MomentPhoto>> photos = rows.photosOf(ids)
			.stream()
			.collect(Collectors.groupingBy(PhotoRow::momentId, Collectors.mapping(
					p -> new MomentPhoto(p.id(), p.contentType(), p.size(), p.width(), p.height()), Collectors.toList())));
		Map<UUID, Institution> places = scope.institutions(moments.stream().map(MomentRow::institutionId).toList());
		return moments.stream()
			.map(m -> new Moment(m.id(), m.institutionId(), places.get(m.institutionId()).name(), m.note(),
					m.postedByName(), m.postedAt(), tags.getOrDefault(m.id(), List.of()),
					photos.getOrDefault(m.id(), List.of()), MomentActions.mayWithdraw(reader.user(), m.postedBy())))
			.toList();
	}

	/** Tells each guardian of the tagged children once, naming their own children in the moment. */
	private void tell(Institution institution, Collection<UUID> childIds, Map<UUID, EnrollmentRecord> placed) {
		Map<UUID, List<String>> childrenOf = new LinkedHashMap<>();
		for (UUID child : childIds) {
			for (UUID guardian : family.guardianAccounts(child)) {
				childrenOf.computeIfAbsent(guardian, g -> new ArrayList<>()).add(placed.get(child).childName());
			}
		}
		childrenOf.forEach((guardian, names) -> inbox.send(guardian, "messaging.moments.notification", "/family/moments",
				institution.name(), String.join("、", names)));
	}

	private static String poster(CurrentUser user) {
		String name = user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
		return name.length() > 100 ? name.substring(0, 100) : name;
	}
}
