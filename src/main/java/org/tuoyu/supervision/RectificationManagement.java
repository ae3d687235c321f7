package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
import org.tuoyu.supervision.internal.InspectionPhotoPolicy;
import org.tuoyu.supervision.internal.InspectionRows;
import org.tuoyu.supervision.internal.RectificationRows;

/**
 * Rectification orders (整改): issued per finding when an inspection is concluded, with a deadline
 * in working days by severity. The institution's administrator answers with text and evidence
 * photos; an assigned inspector (or the district's administrator) accepts and closes the order,
 * returns it with a comment, or escalates it ({@link RectificationEscalated}). Officers see the
 * orders of their area, institution staff those of their institution.
 */
@Service
public class RectificationManagement {

	private final RectificationRows orders;

	private final InspectionRows inspections;

	private final InspectionManagement inspectionManagement;

	private final AccountManagement accounts;

	private final InspectionSettings settings;

	private final AuditLog audit;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	RectificationManagement(RectificationRows orders, InspectionRows inspections,
			InspectionManagement inspectionManagement, AccountManagement accounts, InspectionSettings settings,
			AuditLog audit, Inbox inbox, ApplicationEventPublisher events) {
		this.orders = orders;
		this.inspections = inspections;
		this.inspectionManagement = inspectionManagement;
		this.accounts = accounts;
		this.settings = settings;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
	}

	/**
	 * The orders the user may see, unsettled first by deadline: the officer's area (only of the
	 * user's own inspections when {@code mine}) or the staff member's institution.
	 */
	@Transactional(readOnly = true)
	public List<RectificationOrder> orders(CurrentUser user, boolean mine) {
		if (user.role().isOfficer()) {
			return orders.inDivision(user.scope().division().value(), mine ? user.accountId() : null);
		}
		if (user.role().isInstitutionStaff()) {
			return orders.ofInstitution(user.scope().institutionId());
		}
		throw new NotFoundException("rectifications");
	}

	/** One order in the user's scope, or 404. */
	@Transactional(readOnly = true)
	public RectificationOrder order(CurrentUser user, UUID id) {
		return orders.find(id).filter(o -> visible(user, o)).orElseThrow(() -> new NotFoundException("rectification"));
	}

	/** The institution's administrator answers an open order (also after it was returned). */
	@Transactional
	public void answer(CurrentUser user, UUID id, String answer) {
		RectificationOrder order = institutionWritable(user, id);
		String text = InspectionManagement.text("answer", answer, InspectionManagement.MAX_TEXT, true);
		orders.answer(id, text, inspectionManagement.today(), user.accountId());
		audit.record(entry("supervision.rectification.answered", order, ""));
		InspectionSummary inspection = inspections.summary(order.inspectionId()).orElseThrow();
		for (UUID inspector : inspection.inspectorAccountIds()) {
			inbox.send(inspector, "supervision.rectification.notification.answered",
					"/admin/supervision/rectifications#order-" + id, order.institutionName());
		}
	}

	/** The institution's administrator adds an evidence photo to an open order before answering; returns its id. */
	@Transactional
	public UUID addPhoto(CurrentUser user, UUID id, byte[] content) {
		RectificationOrder order = institutionWritable(user, id);
		String type = InspectionPhotoPolicy.check(content, inspections.photoCount(order.inspectionId(), null, id),
				settings);
		UUID photoId = UuidV7.next();
		inspections.insertPhoto(photoId, order.inspectionId(), null, id, type, content, user.accountId());
		audit.record(entry("supervision.rectification.photo", order, ""));
		return photoId;
	}

	/** An evidence photo of an order in the user's scope. */
	@Transactional(readOnly = true)
	public PhotoContent photo(CurrentUser user, UUID id, UUID photoId) {
		RectificationOrder order = order(user, id);
		if (!order.photoIds().contains(photoId)) {
			throw new NotFoundException("photo");
		}
		return inspections.photo(order.inspectionId(), photoId).orElseThrow(() -> new NotFoundException("photo"));
	}

	/** Accepts an answered order and closes it. */
	@Transactional
	public void accept(CurrentUser user, UUID id, String comment) {
		RectificationOrder order = officerWritable(user, id, RectificationStatus.ANSWERED);
		String text = InspectionManagement.text("comment", comment, InspectionManagement.MAX_TEXT, false);
		orders.decide(id, RectificationStatus.CLOSED, text, inspectionManagement.today(), user.accountId());
		audit.record(entry("supervision.rectification.closed", order, ""));
	}

	/** Returns an answered order to the institution with a comment; it is open again. */
	@Transactional
	public void sendBack(CurrentUser user, UUID id, String comment) {
		RectificationOrder order = officerWritable(user, id, RectificationStatus.ANSWERED);
		String text = InspectionManagement.text("comment", comment, InspectionManagement.MAX_TEXT, true);
		orders.decide(id, RectificationStatus.OPEN, text, null, user.accountId());
		audit.record(entry("supervision.rectification.returned", order, ""));
		for (UUID admin : accounts.institutionAccounts(order.institutionId(), Role.INSTITUTION_ADMIN)) {
			inbox.send(admin, "supervision.rectification.notification.returned", "/org/supervision/rectifications", text);
		}
	}

	/** Escalates an unsettled order (not rectified, or not in time) with a comment; publishes {@link RectificationEscalated}. */
	@Transactional
	public void escalate(CurrentUser user, UUID id, String comment) {
		RectificationOrder order = officerWritable(user, id, null);
		String text = InspectionManagement.text("comment", comment, InspectionManagement.MAX_TEXT, true);
		LocalDate today = inspectionManagement.today();
		orders.decide(id, RectificationStatus.ESCALATED, text, today, user.accountId());
		audit.record(entry("supervision.rectification.escalated", order, ""));
		events.publishEvent(new RectificationEscalated(id, order.inspectionId(), order.institutionId(), today));
	}

	private static boolean visible(CurrentUser user, RectificationOrder order) {
		return user.role().isInstitutionStaff() ? order.institutionId().equals(user.scope().institutionId())
				: user.role().isOfficer() && order.divisionCode().startsWith(user.scope().division().value());
	}

	private RectificationOrder institutionWritable(CurrentUser user, UUID id) {
		RectificationOrder order = order(user, id);
		if (user.role() != Role.INSTITUTION_ADMIN) {
			throw new BusinessRuleException(null, "supervision.rectification.institutionAdminOnly");
		}
		if (orders.lock(id).orElseThrow() != RectificationStatus.OPEN) {
			throw new InspectionConflictException("supervision.rectification.notOpen");
		}
		return order;
	}

	/** Locks an order the officer may decide; it must be in {@code expected}, or unsettled when that is null. */
	private RectificationOrder officerWritable(CurrentUser user, UUID id, RectificationStatus expected) {
		RectificationOrder order = order(user, id);
		if (!user.role().isOfficer()) {
			throw new NotFoundException("rectification");
		}
		InspectionSummary inspection = inspections.summary(order.inspectionId()).orElseThrow();
		if (!InspectionManagement.mayRecord(user, inspection)) {
			throw new BusinessRuleException(null, "supervision.inspection.notAssigned");
		}
		RectificationStatus status = orders.lock(id).orElseThrow();
		if (expected == null ? status.settled() : status != expected) {
			throw new InspectionConflictException(expected == RectificationStatus.ANSWERED
					? "supervision.rectification.notAnswered" : "supervision.rectification.settled");
		}
		return order;
	}

	private static AuditEntry entry(String action, RectificationOrder order, String details) {
		return new AuditEntry(action, "rectification", order.id().toString(), DivisionCode.of(order.divisionCode()),
				order.institutionId(), details);
	}
}
