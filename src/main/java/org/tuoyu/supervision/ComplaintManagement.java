package org.tuoyu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.ClientAddress;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.PersonalDataProtection;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.supervision.internal.ComplaintClientLimit;
import org.tuoyu.supervision.internal.ComplaintPhotoPolicy;
import org.tuoyu.supervision.internal.ComplaintRows;
import org.tuoyu.supervision.internal.ComplaintTrackingCodes;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Complaints (举报): anyone submits one about a filed institution, anonymously if they wish; it is
 * routed to the institution's district (officers whose area covers the institution's street) with
 * a deadline in working days; the complainant follows it with a tracking code; the district
 * investigates and upholds it or not, with a public reply. An upheld complaint publishes
 * {@link ComplaintUpheld}.
 */
@Service
public class ComplaintManagement {

	/** The purpose under which complainants' phones are encrypted. */
	public static final String PHONE = "complaint-phone";

	/** The purpose under which tracking codes are indexed. */
	public static final String TRACKING = "complaint-tracking";

	private final ComplaintRows rows;

	private final InstitutionManagement institutions;

	private final WorkingDays workingDays;

	private final PersonalDataProtection protection;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ClientAddress clients;

	private final ComplaintSettings settings;

	private final ComplaintPhotoPolicy photos;

	private final ComplaintClientLimit submissions;

	private final ComplaintClientLimit lookups;

	private final Clock clock;

	ComplaintManagement(ComplaintRows rows, InstitutionManagement institutions, WorkingDays workingDays,
			PersonalDataProtection protection, AuditLog audit, ApplicationEventPublisher events, ClientAddress clients,
			ComplaintSettings settings, Clock clock) {
		this.rows = rows;
		this.institutions = institutions;
		this.workingDays = workingDays;
		this.protection = protection;
		this.audit = audit;
		this.events = events;
		this.clients = clients;
		this.settings = settings;
		this.clock = clock;
		this.photos = new ComplaintPhotoPolicy(settings);
		this.submissions = new ComplaintClientLimit(settings.submissionsPerClient(), settings.window(),
				Ticker.systemTicker());
		this.lookups = new ComplaintClientLimit(settings.trackingPerClient(), settings.window(), Ticker.systemTicker());
	}

	/**
	 * Receives a complaint from the public: checks the client's budget, then every field; stores
	 * it with the phone encrypted and only a keyed index of the tracking code; the receipt is the
	 * only time the code is shown.
	 * @throws ComplaintLimitExceededException when the client has submitted too many
	 */
	@Transactional
	public ComplaintReceipt submit(NewComplaint complaint) {
		submissions.take(clients.current().orElse("local"));
		Institution institution = complainable(complaint.institutionId());
		if (complaint.category() == null) {
			throw new BusinessRuleException("category", "supervision.complaint.category.required");
		}
		String description = complaint.description() == null ? "" : complaint.description().strip();
		if (description.length() < settings.minDescription() || description.length() > settings.maxDescription()) {
			throw new BusinessRuleException("description", "supervision.complaint.description.length",
					settings.minDescription(), settings.maxDescription());
		}
		String name = blankToNull(complaint.name());
		if (name != null && name.length() > 50) {
			throw new BusinessRuleException("name", "supervision.complaint.name.tooLong", 50);
		}
		String phoneText = blankToNull(complaint.phone());
		PhoneNumber phone = phoneText == null ? null : BusinessRuleException.onField("phone", () -> PhoneNumber.of(phoneText));
		List<String> types = photos.check(complaint.photos());
		LocalDate today = LocalDate.now(clock);
		LocalDate due = dueOn(today);
		String code = ComplaintTrackingCodes.generate();
		UUID id = UuidV7.next();
		rows.insert(id, institution.id(), institution.name(), institution.divisionCode().value(), complaint.category(),
				description, name, phone == null ? null : protection.encrypt(PHONE, phone.value()),
				trackingIndex(ComplaintTrackingCodes.normalise(code).orElseThrow()), today, due);
		for (int i = 0; i < types.size(); i++) {
			rows.insertPhoto(id, i + 1, types.get(i), complaint.photos().get(i));
		}
		audit.record(AuditEntry.of("COMPLAINT_SUBMITTED", "complaint", id)
			.in(institution.divisionCode())
			.withDetails(complaint.category() + (name == null && phone == null ? " anonymous" : "")
					+ " photos=" + types.size()));
		return new ComplaintReceipt(id, code, due);
	}

	/** The deadline of a complaint received on a day: the configured working days later. */
	public LocalDate dueOn(LocalDate receivedOn) {
		return workingDays.plusWorkingDays(receivedOn, settings.deadlineWorkingDays());
	}

	/**
	 * The public status of the complaint with this tracking code; not found for a wrong code. Each
	 * lookup counts against the client's budget, so codes cannot be guessed.
	 */
	@Transactional(readOnly = true)
	public ComplaintTracking track(String trackingCode) {
		lookups.take(clients.current().orElse("local"));
		return ComplaintTrackingCodes.normalise(trackingCode)
			.flatMap(code -> rows.tracking(trackingIndex(code)))
			.orElseThrow(() -> new NotFoundException("complaint"));
	}

	/** The complaints about institutions in the officer's area, open first and due first. */
	@Transactional(readOnly = true)
	public List<Complaint> queue(CurrentUser user, ComplaintFilter filter) {
		if (!user.role().isOfficer() || user.scope().division() == null) {
			return List.of();
		}
		return rows.within(user.scope().division().value(), filter == null ? ComplaintFilter.none() : filter, today());
	}

	/** One complaint in the officer's area with the complainant's data (phone masked); audited. */
	@Transactional
	public ComplaintDetail detail(CurrentUser user, UUID id) {
		ComplaintRows.Stored stored = visible(user, id, false);
		Complaint complaint = stored.complaint();
		String phone = stored.complainantPhone() == null ? null
				: PhoneNumber.of(protection.decrypt(PHONE, stored.complainantPhone())).masked();
		if (stored.complainantName() != null || phone != null) {
			audit.record(AuditEntry.of("COMPLAINT_PERSONAL_DATA_READ", "complaint", id)
				.in(DivisionCode.of(complaint.divisionCode())));
		}
		return new ComplaintDetail(complaint, stored.complainantName(), phone, rows.photoIds(id));
	}

	/** One photo of a complaint in the officer's area; audited. */
	@Transactional
	public ComplaintPhoto photo(CurrentUser user, UUID id, UUID photoId) {
		Complaint complaint = visible(user, id, false).complaint();
		ComplaintPhoto photo = rows.photo(id, photoId).orElseThrow(() -> new NotFoundException("photo"));
		audit.record(AuditEntry.of("COMPLAINT_PHOTO_READ", "complaint", id)
			.in(DivisionCode.of(complaint.divisionCode())));
		return photo;
	}

	/** Starts the investigation of a received complaint, with an internal note. */
	@Transactional
	public void investigate(CurrentUser user, UUID id, String internalNote) {
		Complaint complaint = visible(user, id, true).complaint();
		if (complaint.status() != ComplaintStatus.RECEIVED) {
			throw new BusinessRuleException("status", "supervision.complaint.transition",
					complaint.status().messageKey());
		}
		String note = note(internalNote, complaint.internalNote());
		rows.update(id, ComplaintStatus.INVESTIGATING, null, null, note);
		audit.record(AuditEntry.of("COMPLAINT_INVESTIGATING", "complaint", id)
			.in(DivisionCode.of(complaint.divisionCode())));
	}

	/**
	 * Decides a complaint under investigation (district or city administrators): upheld or not,
	 * with the public reply the complainant and the public see. Upholding publishes
	 * {@link ComplaintUpheld} in the same transaction.
	 */
	@Transactional
	public void decide(CurrentUser user, UUID id, boolean upheld, String publicReply, String internalNote) {
		Complaint complaint = visible(user, id, true).complaint();
		if (user.role() != Role.DISTRICT_ADMIN && user.role() != Role.CITY_ADMIN) {
			throw new BusinessRuleException(null, "supervision.complaint.decide.notAllowed");
		}
		if (complaint.status() != ComplaintStatus.INVESTIGATING) {
			throw new BusinessRuleException("status", "supervision.complaint.transition",
					complaint.status().messageKey());
		}
		String reply = blankToNull(publicReply);
		if (reply == null || reply.length() > settings.maxDescription()) {
			throw new BusinessRuleException("publicReply", "supervision.complaint.reply.required",
					settings.maxDescription());
		}
		ComplaintStatus status = upheld ? ComplaintStatus.UPHELD : ComplaintStatus.NOT_UPHELD;
		LocalDate today = today();
		rows.update(id, status, today, reply, note(internalNote, complaint.internalNote()));
		audit.record(AuditEntry.of("COMPLAINT_" + status.name(), "complaint", id)
			.in(DivisionCode.of(complaint.divisionCode())));
		if (upheld) {
			events.publishEvent(new ComplaintUpheld(id, complaint.institutionId(), today));
		}
	}

	/** Today in the city's zone. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The rules in force. */
	public ComplaintSettings settings() {
		return settings;
	}

	/** The name of a filed institution one may complain about, or a field error. */
	@Transactional(readOnly = true)
	public String institutionName(UUID institutionId) {
		return complainable(institutionId).name();
	}

	private Institution complainable(UUID institutionId) {
		if (institutionId == null) {
			throw new BusinessRuleException("institutionId", "supervision.complaint.institution.required");
		}
		try {
			return institutions.disclosure(institutionId).institution();
		}
		catch (NotFoundException ex) {
			throw new BusinessRuleException("institutionId", "supervision.complaint.institution.unknown");
		}
	}

	private ComplaintRows.Stored visible(CurrentUser user, UUID id, boolean lock) {
		return rows.find(id, today(), lock)
			.filter(c -> user.role().isOfficer() && user.scope().covers(DivisionCode.of(c.complaint().divisionCode())))
			.orElseThrow(() -> new NotFoundException("complaint"));
	}

	private byte[] trackingIndex(String normalisedCode) {
		return protection.blindIndex(TRACKING, normalisedCode);
	}

	private String note(String added, String existing) {
		String note = blankToNull(added);
		if (note != null && note.length() > settings.maxDescription()) {
			throw new BusinessRuleException("internalNote", "supervision.complaint.note.tooLong",
					settings.maxDescription());
		}
		return note == null ? existing : note;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
