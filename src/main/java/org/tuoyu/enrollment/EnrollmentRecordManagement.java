package org.tuoyu.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.internal.AgeClassPolicy;
import org.tuoyu.enrollment.internal.EnrollmentRows;
import org.tuoyu.enrollment.internal.FeePolicy;
import org.tuoyu.enrollment.internal.RecordRows;
import org.tuoyu.enrollment.internal.StatementPolicy;
import org.tuoyu.family.Child;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DocumentFormat;

/**
 * Enrollment records (入托登记): the start date, service form, agreed monthly fee and signed
 * contract of each placement, and the monthly statements they give. The institution's
 * administrator keeps them; the child's guardians and officers in scope read them. Fees follow
 * {@link FeePolicy}, statements {@link StatementPolicy}.
 */
@Service
public class EnrollmentRecordManagement {

	/** Largest contract scan accepted, in bytes. */
	public static final int MAX_CONTRACT_BYTES = 10 * 1024 * 1024;

	private final RecordRows records;

	private final EnrollmentRows applications;

	private final InstitutionManagement institutions;

	private final FamilyManagement family;

	private final AgeClassPolicy ages;

	private final AuditLog audit;

	private final VoucherManagement vouchers;

	EnrollmentRecordManagement(RecordRows records, EnrollmentRows applications, InstitutionManagement institutions,
			FamilyManagement family, AuditLog audit, VoucherManagement vouchers) {
		this.vouchers = vouchers;
		this.records = records;
		this.applications = applications;
		this.institutions = institutions;
		this.family = family;
		this.ages = new AgeClassPolicy(institutions.rules());
		this.audit = audit;
	}

	/** One enrollment record: for the child's guardians, the institution and officers in scope. */
	@Transactional
	public EnrollmentRecord record(CurrentUser user, UUID placementId) {
		EnrollmentRecord record = visible(user, placementId);
		audit.record(AuditEntry.of("enrollment.record.read", "child", record.childId()));
		return record;
	}

	/** The guardian's children's placements, current and past, newest first. */
	@Transactional
	public List<EnrollmentRecord> ofMyChildren(CurrentUser user) {
		List<UUID> children = family.children(user).stream().map(Child::id).toList();
		return children.isEmpty() ? List.of() : records.ofChildren(children);
	}

	/**
	 * The child's active placement, if any. No scope check: for the child's institution and its
	 * devices, which check their own scope against it.
	 */
	@Transactional(readOnly = true)
	public Optional<EnrollmentRecord> currentPlacement(UUID childId) {
		return records.activeOf(childId);
	}

	/**
	 * The children's active placements by child (a child without one is left out). No scope check:
	 * for the children's institution, which checks its own scope against them.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, EnrollmentRecord> currentPlacements(Collection<UUID> childIds) {
		return childIds.isEmpty() ? Map.of()
				: records.activeOfChildren(childIds).stream()
					.collect(Collectors.toMap(EnrollmentRecord::childId, Function.identity()));
	}

	/** The children placed in a class now, by name. No scope check: the caller checks the class is its own. */
	@Transactional(readOnly = true)
	public List<EnrollmentRecord> placedIn(UUID classId) {
		return records.inClass(classId);
	}

	/** The published fee for the placement's class and service form, if the institution publishes one. */
	@Transactional
	public Optional<BigDecimal> publishedFee(CurrentUser user, UUID placementId) {
		EnrollmentRecord record = visible(user, placementId);
		return published(institutions.disclosure(record.institutionId()), record);
	}

	/**
	 * Changes an active record's agreed monthly fee and start date (the institution's
	 * administrator): the fee never above the published fee nor an inclusive cap.
	 */
	@Transactional
	public void change(CurrentUser user, UUID placementId, BigDecimal monthlyFee, LocalDate startDate) {
		EnrollmentRecord record = administered(user, placementId);
		if (startDate == null) {
			throw new BusinessRuleException("startDate", "enrollment.field.required");
		}
		InstitutionDetail detail = institutions.disclosure(record.institutionId());
		FeePolicy.check(monthlyFee, detail, published(detail, record), startDate);
		records.change(placementId, monthlyFee, startDate);
		audit.record(AuditEntry.of("enrollment.record.change", "child", record.childId())
			.withDetails(monthlyFee.toPlainString()));
	}

	/** Files the signed contract (PDF, JPEG or PNG, recognised from its content) of an active record. */
	@Transactional
	public void attachContract(CurrentUser user, UUID placementId, byte[] content) {
		EnrollmentRecord record = administered(user, placementId);
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("file", "enrollment.contract.empty");
		}
		if (content.length > MAX_CONTRACT_BYTES) {
			throw new BusinessRuleException("file", "enrollment.contract.tooLarge");
		}
		String type = DocumentFormat.detect(content)
			.orElseThrow(() -> new BusinessRuleException("file", "enrollment.contract.type"));
		records.attachContract(placementId, content, type);
		audit.record(AuditEntry.of("enrollment.contract.attach", "child", record.childId()));
	}

	/** The signed contract of a record in the user's scope. */
	@Transactional
	public ContractDocument contract(CurrentUser user, UUID placementId) {
		EnrollmentRecord record = visible(user, placementId);
		if (!record.hasContract()) {
			throw new NotFoundException("contract");
		}
		audit.record(AuditEntry.of("enrollment.contract.read", "child", record.childId()));
		return new ContractDocument(records.contract(placementId), record.contractType());
	}

	/**
	 * The monthly statements of an institution in the user's scope: one per placement covering any
	 * day of the month, by class and child (following {@link StatementPolicy}).
	 */
	@Transactional
	public List<Statement> statements(CurrentUser user, UUID institutionId, YearMonth month) {
		InstitutionDetail detail = institutions.detail(user, institutionId);
		audit.record(AuditEntry.of("enrollment.statements.read", "institution", institutionId)
			.in(detail.institution().divisionCode())
			.withDetails(month.toString()));
		return records.covering(institutionId, month.atDay(1), month.atEndOfMonth())
			.stream()
			.map(record -> statement(record, month))
			.toList();
	}

	/** The placements of an institution in the user's scope covering any day of the month, by class and child. */
	@Transactional
	public List<EnrollmentRecord> covering(CurrentUser user, UUID institutionId, YearMonth month) {
		institutions.detail(user, institutionId);
		return records.covering(institutionId, month.atDay(1), month.atEndOfMonth());
	}

	/** The monthly statements of the guardian's children. */
	@Transactional
	public List<Statement> myStatements(CurrentUser user, YearMonth month) {
		return ofMyChildren(user).stream()
			.filter(record -> record.covers(month.atDay(1), month.atEndOfMonth()))
			.map(record -> statement(record, month))
			.toList();
	}

	private Statement statement(EnrollmentRecord record, YearMonth month) {
		int days = StatementPolicy.daysInService(month, record.startDate(), record.endDate());
		if (record.monthlyFee() == null) {
			return new Statement(record.id(), record.childId(), record.childName(), record.institutionId(),
					record.institutionName(), record.className(), month, null, days, month.lengthOfMonth(), null, null, null);
		}
		BigDecimal fee = StatementPolicy.fee(record.monthlyFee(), month, days);
		BigDecimal vouchersApplied = StatementPolicy.vouchersApplied(fee,
				vouchers.consumptionRedeemed(record.childId(), record.institutionId(), month));
		return new Statement(record.id(), record.childId(), record.childName(), record.institutionId(),
				record.institutionName(), record.className(), month, record.monthlyFee(), days, month.lengthOfMonth(), fee,
				vouchersApplied, fee.subtract(vouchersApplied));
	}

	private Optional<BigDecimal> published(InstitutionDetail detail, EnrollmentRecord record) {
		int age = AgeClassPolicy.ageMonths(applications.birthDate(record.childId()), record.startDate());
		ClassType ageType = ages.classTypeFor(age).orElse(record.classType());
		return FeePolicy.published(detail, record.classType(), ageType, record.serviceForm());
	}

	private EnrollmentRecord visible(CurrentUser user, UUID placementId) {
		EnrollmentRecord record = records.record(placementId).orElseThrow(() -> new NotFoundException("placement"));
		if (user.role() == Role.GUARDIAN) {
			family.child(user, record.childId());
		}
		else {
			institutions.detail(user, record.institutionId());
		}
		return record;
	}

	private EnrollmentRecord administered(CurrentUser user, UUID placementId) {
		if (user.role() != Role.INSTITUTION_ADMIN) {
			throw new NotFoundException("placement");
		}
		return records.lockActive(placementId)
			.filter(r -> r.institutionId().equals(user.scope().institutionId()))
			.orElseThrow(() -> new NotFoundException("placement"));
	}

	/** A stored contract scan and its content type. */
	public record ContractDocument(byte[] content, String contentType) {
	}
}
