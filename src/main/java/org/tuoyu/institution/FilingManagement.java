package org.tuoyu.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.internal.DocumentContentPolicy;
import org.tuoyu.institution.internal.FilingRows;
import org.tuoyu.institution.internal.FilingRows.DocumentContent;
import org.tuoyu.institution.internal.InstitutionRows;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.shared.DivisionCode;

/**
 * The filing (备案) workflow of DOMAIN §2: the institution prepares a version with its documents and
 * submits it; the county health authority files it or returns it with reasons within 5 working
 * days, then records the verification, and notifies and publishes a non-compliance within 15
 * working days. Changes and cancellations open new versions; the history stays. Every transition
 * is audited and notifies the other side.
 */
@Service
public class FilingManagement {

	private static final Set<Role> DECIDERS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN);

	private final FilingRows filings;

	private final InstitutionRows institutions;

	private final FilingRules rules;

	private final WorkingDays workingDays;

	private final AccountManagement accounts;

	private final Inbox inbox;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FilingManagement(FilingRows filings, InstitutionRows institutions, FilingRules rules, WorkingDays workingDays,
			AccountManagement accounts, Inbox inbox, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.filings = filings;
		this.institutions = institutions;
		this.rules = rules;
		this.workingDays = workingDays;
		this.accounts = accounts;
		this.inbox = inbox;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a new filing version for the user's institution; returns its id. */
	@Transactional
	public UUID open(CurrentUser user, FilingKind kind, String note) {
		Institution institution = ownInstitution(user);
		if (kind == null) {
			throw new BusinessRuleException("kind", "institution.field.required");
		}
		boolean draftInstitution = institution.status() == InstitutionStatus.DRAFT;
		if (kind == FilingKind.INITIAL && !draftInstitution) {
			throw new BusinessRuleException("kind", "filing.open.alreadyFiled");
		}
		if (kind != FilingKind.INITIAL && (draftInstitution || institution.status() == InstitutionStatus.CLOSED)) {
			throw new BusinessRuleException("kind", "filing.open.notFiled");
		}
		institutions.lock(institution.id());
		if (filings.ofInstitution(institution.id())
			.stream()
			.anyMatch(f -> f.status() == FilingStatus.DRAFT || f.status() == FilingStatus.SUBMITTED)) {
			throw new BusinessRuleException("kind", "filing.open.alreadyOpen");
		}
		UUID id = UuidV7.next();
		String cleanNote = note == null ? "" : note.trim();
		if (cleanNote.length() > 500) {
			throw new BusinessRuleException("note", "institution.field.length", 0, 500);
		}
		filings.insert(id, institution.id(), filings.nextVersion(institution.id()), kind,
				institution.divisionCode().value(), cleanNote);
		audit.record(AuditEntry.of("FILING_OPENED", "filing", id).in(institution.divisionCode()).withDetails(kind.name()));
		return id;
	}

	/** Attaches (or replaces) one document of a draft filing; the type is read from the content. */
	@Transactional
	public void attach(CurrentUser user, UUID filingId, DocumentType type, String fileName, byte[] content) {
		ownFiling(user, filingId);
		Filing filing = filings.lock(filingId).orElseThrow(() -> new NotFoundException("filing"));
		if (filing.status() != FilingStatus.DRAFT) {
			throw new BusinessRuleException(null, "filing.notDraft");
		}
		if (type == null) {
			throw new BusinessRuleException("type", "institution.field.required");
		}
		String contentType = DocumentContentPolicy.check(content, rules.maxDocumentBytes());
		String cleaned = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "").trim();
		String name = cleaned.isEmpty() ? type.name() : cleaned;
		filings.putDocument(filingId, type, name.length() > 200 ? name.substring(0, 200) : name, contentType, content);
		audit.record(AuditEntry.of("FILING_DOCUMENT_ATTACHED", "filing", filingId)
			.in(DivisionCode.of(filing.divisionCode()))
			.withDetails(type + " " + contentType + " " + content.length));
	}

	/** Submits a complete draft to the county; the deadline to decide counts working days. */
	@Transactional
	public void submit(CurrentUser user, UUID filingId) {
		ownFiling(user, filingId);
		Filing filing = filings.lock(filingId).orElseThrow(() -> new NotFoundException("filing"));
		if (filing.status() != FilingStatus.DRAFT) {
			throw new BusinessRuleException(null, "filing.notDraft");
		}
		if (!filing.missingDocuments().isEmpty()) {
			throw new BusinessRuleException(null, "filing.documentsMissing", filing.missingDocuments().size());
		}
		LocalDate deadline = workingDays.plusWorkingDays(LocalDate.now(clock), rules.daysToFile());
		filings.submit(filingId, deadline);
		DivisionCode division = DivisionCode.of(filing.divisionCode());
		audit.record(AuditEntry.of("FILING_SUBMITTED", "filing", filingId).in(division).withDetails("deadline " + deadline));
		for (UUID officer : accounts.officersCovering(division, Role.DISTRICT_ADMIN)) {
			inbox.send(officer, "notification.filingSubmitted", "/admin/filings/" + filingId, filing.institutionName(),
					deadline.toString());
		}
	}

	/** Files a submitted version: the institution becomes filed (or closed, for a cancellation). */
	@Transactional
	public void file(CurrentUser user, UUID filingId) {
		Filing filing = decidable(user, filingId);
		LocalDate publishDeadline = filing.kind() == FilingKind.CANCELLATION ? null
				: workingDays.plusWorkingDays(LocalDate.now(clock), rules.daysToPublish());
		filings.decide(filingId, FilingStatus.FILED, user.username(), null, publishDeadline);
		Institution institution = institutions.find(filing.institutionId()).orElseThrow();
		InstitutionStatus next = switch (filing.kind()) {
			case CANCELLATION -> InstitutionStatus.CLOSED;
			case INITIAL -> InstitutionStatus.FILED;
			case CHANGE -> institution.status();
		};
		institutions.updateStatus(institution.id(), next);
		audit.record(AuditEntry.of("FILING_FILED", "filing", filingId).in(institution.divisionCode()));
		notifyInstitution(filing, "notification.filingFiled");
		events.publishEvent(new InstitutionFiled(institution.id(), institution.divisionCode().value(), next.name()));
	}

	/** Returns a submitted version with the reasons; the institution corrects it in a new version. */
	@Transactional
	public void returnWithReasons(CurrentUser user, UUID filingId, String reasons) {
		String clean = reasons == null ? "" : reasons.trim();
		if (clean.length() < 2 || clean.length() > 1000) {
			throw new BusinessRuleException("reasons", "filing.return.reasonsRequired");
		}
		Filing filing = decidable(user, filingId);
		filings.decide(filingId, FilingStatus.RETURNED, user.username(), clean, null);
		audit.record(AuditEntry.of("FILING_RETURNED", "filing", filingId)
			.in(DivisionCode.of(filing.divisionCode()))
			.withDetails(clean));
		notifyInstitution(filing, "notification.filingReturned");
	}

	/** Records the on-site verification of a filed version. */
	@Transactional
	public void recordVerification(CurrentUser user, UUID filingId, VerificationResult result, String note) {
		visibleToRegulator(user, filingId);
		requireDecider(user);
		Filing filing = filings.lock(filingId).orElseThrow(() -> new NotFoundException("filing"));
		if (filing.status() != FilingStatus.FILED || filing.kind() == FilingKind.CANCELLATION) {
			throw new BusinessRuleException(null, "filing.verify.notFiled");
		}
		if (filing.verificationResult() != null) {
			throw new BusinessRuleException(null, "filing.verify.already");
		}
		if (result == null) {
			throw new BusinessRuleException("result", "institution.field.required");
		}
		String clean = note == null ? "" : note.trim();
		if (result == VerificationResult.NON_COMPLIANT && clean.length() < 2) {
			throw new BusinessRuleException("note", "filing.verify.noteRequired");
		}
		filings.verify(filingId, result, clean);
		institutions.lock(filing.institutionId());
		boolean filed = institutions.find(filing.institutionId())
			.map(i -> i.status() == InstitutionStatus.FILED)
			.orElse(false);
		// Only a filed institution becomes verified: never one closed or suspended meanwhile.
		if (result == VerificationResult.COMPLIANT && filed) {
			institutions.updateStatus(filing.institutionId(), InstitutionStatus.VERIFIED);
		}
		audit.record(AuditEntry.of("FILING_VERIFIED", "filing", filingId)
			.in(DivisionCode.of(filing.divisionCode()))
			.withDetails(result.name()));
		notifyInstitution(filing, result == VerificationResult.COMPLIANT ? "notification.filingVerified"
				: "notification.filingNonCompliant");
	}

	/** Submitted filings and filed ones awaiting verification in the regulator's area. */
	@Transactional(readOnly = true)
	public List<Filing> queue(CurrentUser user) {
		if (!user.role().isOfficer()) {
			throw new NotFoundException("filing");
		}
		return filings.queue(user.scope().division().value());
	}

	/** One filing the user may see: their own institution's, or one in the regulator's area. */
	@Transactional(readOnly = true)
	public Filing filing(CurrentUser user, UUID filingId) {
		return user.role().isOfficer() ? visibleToRegulator(user, filingId) : ownFiling(user, filingId);
	}

	/** Every version of an institution the user may see, newest first. */
	@Transactional(readOnly = true)
	public List<Filing> history(CurrentUser user, UUID institutionId) {
		Institution institution = institutions.find(institutionId)
			.filter(i -> user.role().isOfficer() ? user.scope().covers(i.divisionCode())
					: i.id().equals(user.scope().institutionId()))
			.orElseThrow(() -> new NotFoundException("institution"));
		return filings.ofInstitution(institution.id());
	}

	/** The stored bytes of one document, for the user who may see the filing; every read is audited. */
	@Transactional
	public DocumentContent document(CurrentUser user, UUID filingId, UUID documentId) {
		Filing filing = filing(user, filingId);
		DocumentContent content = filings.documentContent(filingId, documentId)
			.orElseThrow(() -> new NotFoundException("document"));
		audit.record(AuditEntry.of("FILING_DOCUMENT_READ", "filing", filingId)
			.in(DivisionCode.of(filing.divisionCode()))
			.withDetails(content.fileName()));
		return content;
	}

	/**
	 * What the public page shows of an institution's filings, read in one go: the newest filed
	 * version and the newest one with a verification result (either may be {@code null}).
	 */
	@Transactional(readOnly = true)
	public PublicFilingRecord publicRecord(UUID institutionId) {
		List<Filing> filed = filings.ofInstitution(institutionId)
			.stream()
			.filter(f -> f.status() == FilingStatus.FILED)
			.toList();
		return new PublicFilingRecord(filed.isEmpty() ? null : filed.get(0),
				filed.stream().filter(f -> f.verificationResult() != null).findFirst().orElse(null));
	}

	/** Today in the city's time zone, for overdue marks. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private Filing decidable(CurrentUser user, UUID filingId) {
		visibleToRegulator(user, filingId);
		requireDecider(user);
		Filing filing = filings.lock(filingId).orElseThrow(() -> new NotFoundException("filing"));
		if (filing.status() != FilingStatus.SUBMITTED) {
			throw new BusinessRuleException(null, "filing.notSubmitted");
		}
		return filing;
	}

	private static void requireDecider(CurrentUser user) {
		if (!DECIDERS.contains(user.role())) {
			throw new BusinessRuleException(null, "filing.decide.notAllowed");
		}
	}

	private Filing visibleToRegulator(CurrentUser user, UUID filingId) {
		return filings.find(filingId)
			.filter(f -> user.role().isOfficer() && user.scope().covers(DivisionCode.of(f.divisionCode())))
			.orElseThrow(() -> new NotFoundException("filing"));
	}

	private Filing ownFiling(CurrentUser user, UUID filingId) {
		Filing filing = filings.find(filingId)
			.filter(f -> user.role().isInstitutionStaff() && f.institutionId().equals(user.scope().institutionId()))
			.orElseThrow(() -> new NotFoundException("filing"));
		if (user.role() != Role.INSTITUTION_ADMIN && user.role().isInstitutionStaff()) {
			throw new BusinessRuleException(null, "institution.edit.notAllowed");
		}
		return filing;
	}

	private Institution ownInstitution(CurrentUser user) {
		if (user.role() != Role.INSTITUTION_ADMIN) {
			throw new BusinessRuleException(null, "institution.edit.notAllowed");
		}
		return institutions.find(user.scope().institutionId()).orElseThrow(() -> new NotFoundException("institution"));
	}

	private void notifyInstitution(Filing filing, String key) {
		for (UUID account : accounts.institutionAccounts(filing.institutionId())) {
			inbox.send(account, key, "/org/filings", filing.institutionName(), String.valueOf(filing.version()));
		}
	}
}
