package org.tuoyu.enrollment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.internal.AgeClassPolicy;
import org.tuoyu.enrollment.internal.EnrollmentRows;
import org.tuoyu.enrollment.internal.EnrollmentRows.ApplicationRow;
import org.tuoyu.enrollment.internal.FeePolicy;
import org.tuoyu.enrollment.internal.OfferRows;
import org.tuoyu.enrollment.internal.RecordRows;
import org.tuoyu.family.Child;
import org.tuoyu.family.FamilyManagement;
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

/**
 * Offers and placements. An institution's administrator offers a place in a class to an application
 * that chose it, with a deadline; the guardian accepts (a placement, if the class still has room:
 * acceptances into one class take turns on its row, so it never exceeds its capacity) or declines.
 * Accepting withdraws the child's other offers; a child holds at most one active placement. When a
 * place frees (an offer declined or expired, a placement ended) it is offered to the next in line.
 */
@Service
public class PlacementManagement {

	private static final int MAX_RESPONSE_DAYS = 14;

	private final OfferRows offers;

	private final EnrollmentRows applications;

	private final InstitutionManagement institutions;

	private final FamilyManagement family;

	private final AgeClassPolicy ages;

	private final AuditLog audit;

	private final Inbox inbox;

	private final Clock clock;

	private final EnrollmentManagement enrollment;

	private final RecordRows records;

	private final ApplicationEventPublisher events;

	PlacementManagement(OfferRows offers, EnrollmentRows applications, RecordRows records,
			InstitutionManagement institutions, FamilyManagement family, AuditLog audit, Inbox inbox, Clock clock,
			EnrollmentManagement enrollment, ApplicationEventPublisher events) {
		this.events = events;
		this.records = records;
		this.enrollment = enrollment;
		this.offers = offers;
		this.applications = applications;
		this.institutions = institutions;
		this.family = family;
		this.ages = new AgeClassPolicy(institutions.rules());
		this.audit = audit;
		this.inbox = inbox;
		this.clock = clock;
	}

	/** Offers a place in one of the administrator's classes to an application that chose the institution. */
	@Transactional
	public UUID offer(CurrentUser user, UUID applicationId, UUID classId, Integer responseDays) {
		if (user.role() != Role.INSTITUTION_ADMIN) {
			throw new NotFoundException("application");
		}
		InstitutionDetail detail = institutions.detail(user, user.scope().institutionId());
		Institution institution = detail.institution();
		ApplicationRow application = applications.application(applicationId)
			.filter(a -> applications.choices(a.id()).stream().anyMatch(c -> c.institutionId().equals(institution.id())))
			.orElseThrow(() -> new NotFoundException("application"));
		if (!"PENDING".equals(application.status())) {
			throw new BusinessRuleException(null, "enrollment.application.notPending");
		}
		CareClass careClass = detail.classes()
			.stream()
			.filter(c -> c.id().equals(classId))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("classId", "enrollment.field.required"));
		int age = AgeClassPolicy.ageMonths(applications.birthDate(application.childId()), application.desiredStart());
		if (!ages.takes(careClass.type(), age)) {
			throw new BusinessRuleException("classId", "enrollment.offer.wrongClass", careClass.name(), age);
		}
		int days = responseDays == null ? 3 : responseDays;
		if (days < 1 || days > MAX_RESPONSE_DAYS) {
			throw new BusinessRuleException("responseDays", "enrollment.offer.days", MAX_RESPONSE_DAYS);
		}
		if (offers.openOffer(applicationId, institution.id())) {
			throw new BusinessRuleException(null, "enrollment.offer.open");
		}
		UUID id = UuidV7.next();
		LocalDate respondBy = LocalDate.now(clock).plusDays(days);
		offers.insertOffer(id, applicationId, institution.id(), classId, respondBy);
		inbox.send(application.guardianId(), "enrollment.notification.offer", "/family/applications", institution.name(),
				careClass.name(), respondBy.toString());
		audit.record(AuditEntry.of("enrollment.offer", "application", applicationId).in(institution.divisionCode()));
		return id;
	}

	/**
	 * Accepts an offer for one of the guardian's children; refused if the class filled up meanwhile.
	 * A child already placed elsewhere transfers: the old placement ends today and its place goes
	 * to the next in line there. The monthly fee starts as the published fee (capped if inclusive).
	 */
	@Transactional(noRollbackFor = ClassFullException.class)
	public UUID accept(CurrentUser user, UUID offerId) {
		Offer offer = ownLocked(user, offerId);
		if (!"OFFERED".equals(offer.status())) {
			throw new BusinessRuleException(null, "enrollment.offer.answered");
		}
		if (offer.respondBy().isBefore(LocalDate.now(clock))) {
			offers.answer(offerId, "EXPIRED");
			throw new ClassFullException("enrollment.offer.expired");
		}
		Optional<EnrollmentRecord> current = records.lockActiveOfChild(offer.childId());
		int capacity = offers.lockClassCapacity(offer.classId());
		if (offers.activePlacements(offer.classId()) >= capacity) {
			offers.answer(offerId, "FULL");
			throw new ClassFullException("enrollment.offer.full");
		}
		ApplicationRow application = applications.application(offer.applicationId()).orElseThrow();
		current.ifPresent(old -> records.end(old.id(), PlacementEnd.TRANSFER, LocalDate.now(clock)));
		InstitutionDetail detail = institutions.disclosure(offer.institutionId());
		CareClass careClass = detail.classes().stream().filter(c -> c.id().equals(offer.classId())).findFirst().orElseThrow();
		Optional<BigDecimal> fee = FeePolicy.initial(detail,
				FeePolicy.published(detail, careClass.type(), application.classType(), application.serviceForm()),
				application.desiredStart());
		UUID placement = UuidV7.next();
		records.insert(placement, offer.childId(), offer.institutionId(), offer.classId(), offerId,
				application.desiredStart(), application.serviceForm(), fee.orElse(null));
		offers.answer(offerId, "ACCEPTED");
		offers.cancelOthers(offer.applicationId(), offerId);
		offers.markPlaced(offer.applicationId());
		audit.record(AuditEntry.of("enrollment.accept", "child", offer.childId()));
		current.ifPresent(old -> events.publishEvent(new PlacementEnded(old.institutionId(), old.childId())));
		events.publishEvent(new PlacementStarted(offer.institutionId(), offer.childId()));
		current.ifPresent(old -> {
			audit.record(AuditEntry.of("enrollment.placement.transfer", "child", old.childId()));
			offerNext(old.institutionId(), old.classId());
		});
		return placement;
	}

	/** Declines an offer for one of the guardian's children. */
	@Transactional
	public void decline(CurrentUser user, UUID offerId) {
		Offer offer = ownLocked(user, offerId);
		if (!"OFFERED".equals(offer.status())) {
			throw new BusinessRuleException(null, "enrollment.offer.answered");
		}
		offers.answer(offerId, "DECLINED");
		audit.record(AuditEntry.of("enrollment.decline", "child", offer.childId()));
		offerNext(offer.institutionId(), offer.classId());
	}

	/**
	 * Ends a placement (the child leaves or moves to another institution): by a guardian of the
	 * child or the institution's administrator, with the last day in service: from the day before
	 * the start (the child never came) to today; by default today, or the day before a start still
	 * ahead. The place goes to the next in line.
	 */
	@Transactional
	public void endPlacement(CurrentUser user, UUID placementId, PlacementEnd reason, LocalDate lastDay) {
		EnrollmentRecord placement = records.lockActive(placementId).orElseThrow(() -> new NotFoundException("placement"));
		boolean institutionAdmin = user.role() == Role.INSTITUTION_ADMIN
				&& placement.institutionId().equals(user.scope().institutionId());
		if (!institutionAdmin) {
			family.child(user, placement.childId());
		}
		LocalDate dayBefore = placement.startDate().minusDays(1);
		LocalDate latest = LocalDate.now(clock).isAfter(dayBefore) ? LocalDate.now(clock) : dayBefore;
		LocalDate last = lastDay == null ? latest : lastDay;
		if (last.isAfter(latest) || last.isBefore(dayBefore)) {
			throw new BusinessRuleException("lastDay", "enrollment.end.lastDay", placement.startDate());
		}
		records.end(placementId, reason == null ? PlacementEnd.LEFT : reason, last);
		audit.record(AuditEntry.of("enrollment.placement.end", "child", placement.childId())
			.withDetails((reason == null ? PlacementEnd.LEFT : reason).name()));
		events.publishEvent(new PlacementEnded(placement.institutionId(), placement.childId()));
		offerNext(placement.institutionId(), placement.classId());
	}

	/** Expires offers not answered in time (daily) and passes each place to the next in line. */
	@Scheduled(cron = "${tuoyu.enrollment.offer-expiry-cron:0 5 0 * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public int expireOffers() {
		List<UUID[]> expired = offers.expireBefore(LocalDate.now(clock));
		for (UUID[] place : expired) {
			offerNext(place[0], place[1]);
		}
		return expired.size();
	}

	/** If the class has a free place not already offered, offers it to the best eligible application. */
	private void offerNext(UUID institutionId, UUID classId) {
		int capacity = offers.lockClassCapacity(classId);
		if (offers.activePlacements(classId) + offers.openOffersInClass(classId) >= capacity) {
			return;
		}
		enrollment.nextInLine(institutionId, classId, application -> !offers.offeredBefore(application, institutionId))
			.ifPresent(application -> {
				UUID id = UuidV7.next();
				LocalDate respondBy = LocalDate.now(clock).plusDays(3);
				offers.insertOffer(id, application, institutionId, classId, respondBy);
				Offer offer = offers.offer(id).orElseThrow();
				applications.application(application)
					.ifPresent(a -> inbox.send(a.guardianId(), "enrollment.notification.offer", "/family/applications",
							offer.institutionName(), offer.className(), respondBy.toString()));
				audit.record(AuditEntry.of("enrollment.offer.next", "application", application));
			});
	}

	/** Offers made to the guardian's children, newest first. */
	@Transactional
	public List<Offer> offers(CurrentUser user) {
		List<UUID> children = family.children(user).stream().map(Child::id).toList();
		return children.isEmpty() ? List.of() : offers.offersOfChildren(children);
	}

	/** The offers an institution in the user's scope has made. */
	@Transactional(readOnly = true)
	public List<Offer> institutionOffers(CurrentUser user, UUID institutionId) {
		institutions.detail(user, institutionId);
		return offers.offersOfInstitution(institutionId);
	}

	/** The children placed at an institution in the user's scope, by class. */
	@Transactional
	public List<EnrollmentRecord> roster(CurrentUser user, UUID institutionId) {
		InstitutionDetail detail = institutions.detail(user, institutionId);
		audit.record(AuditEntry.of("enrollment.roster.read", "institution", institutionId)
			.in(detail.institution().divisionCode()));
		return records.roster(institutionId);
	}

	/** An offer to one of the guardian's children, locked until the transaction ends. */
	private Offer ownLocked(CurrentUser user, UUID offerId) {
		Offer offer = offers.lockOffer(offerId).orElseThrow(() -> new NotFoundException("offer"));
		family.child(user, offer.childId());
		return offer;
	}

	/** The offer could not be taken (class full or deadline passed); its new state is kept. */
	static final class ClassFullException extends BusinessRuleException {

		ClassFullException(String messageKey) {
			super(null, messageKey);
		}
	}
}
