package org.tuoyu.guidance.sessions;

import static org.tuoyu.guidance.sessions.GuidanceActions.covers;
import static org.tuoyu.guidance.sessions.GuidanceActions.overlaps;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.guidance.sessions.ProviderRows.CommissionRow;
import org.tuoyu.guidance.sessions.ProviderRows.ProviderRow;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.Sha256;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.CreditCode;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.DocumentFormat;

/**
 * Guidance providers (育儿指导机构) and their commissions (委托). City and district administrators
 * register providers at home in their area, file their qualification documents and open their
 * workers' accounts; county, street officers commission them for an area inside their own. Officers
 * see the providers and commissions concerning their area, a provider's workers only their own
 * provider's; anything else is not found.
 */
@Service
public class ProviderManagement {

	private static final String PHONE = "[0-9][0-9-]{6,19}";

	private static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999.99");

	private final ProviderRows rows;

	private final AccountManagement accounts;

	private final KnownDivisions divisions;

	private final AuditLog audit;

	private final SessionRules rules;

	private final Clock clock;

	ProviderManagement(ProviderRows rows, AccountManagement accounts, KnownDivisions divisions, AuditLog audit,
			SessionRules rules, Clock clock) {
		this.rows = rows;
		this.accounts = accounts;
		this.divisions = divisions;
		this.audit = audit;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * Registers a provider at home in a county or street of the administrator's area.
	 *
	 * @return the provider's id
	 * @throws BusinessRuleException on the field at fault, e.g. an invalid or taken credit code
	 */
	@Transactional
	public UUID register(CurrentUser user, NewProvider provider) {
		GuidanceActions.require(user, GuidanceActions.REGISTER_PROVIDERS);
		text("name", provider.name(), 2, 100);
		if (provider.kind() == null) {
			throw new BusinessRuleException("kind", "guidance.sessions.field.required");
		}
		CreditCode code = BusinessRuleException.onField("creditCode", () -> CreditCode.of(provider.creditCode()));
		text("contactName", provider.contactName(), 1, 30);
		if (provider.contactPhone() == null || !provider.contactPhone().strip().matches(PHONE)) {
			throw new BusinessRuleException("contactPhone", "guidance.sessions.provider.phone.invalid");
		}
		DivisionCode division = division(user, "divisionCode", provider.divisionCode(),
				Set.of(DivisionLevel.COUNTY, DivisionLevel.STREET));
		if (rows.creditCodeTaken(code.value())) {
			throw new BusinessRuleException("creditCode", "guidance.sessions.provider.creditCode.taken");
		}
		UUID id = UuidV7.next();
		rows.insert(id, new NewProvider(provider.name(), provider.kind(), code.value(), provider.contactName(),
				provider.contactPhone(), division.value()), user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("GUIDANCE_PROVIDER_REGISTERED", "guidance_provider", id).in(division)
			.withDetails(provider.kind().name()));
		return id;
	}

	/** The providers the user may see: a worker its own, officers those concerning their area. */
	@Transactional(readOnly = true)
	public List<Provider> providers(CurrentUser user) {
		GuidanceActions.require(user, GuidanceActions.READ_PROVIDERS);
		if (user.role() == Role.GUIDANCE_PROVIDER) {
			return rows.provider(user.scope().providerId()).map(this::provider).stream().toList();
		}
		return rows.providersConcerning(user.scope().division().value()).stream().map(this::provider).toList();
	}

	/** One provider the user may see, with its documents and the commissions the user may see. */
	@Transactional(readOnly = true)
	public ProviderDetail detail(CurrentUser user, UUID providerId) {
		ProviderRow provider = visible(user, providerId);
		List<Commission> commissions = rows.commissionsOf(providerId)
			.stream()
			.filter(c -> user.role() == Role.GUIDANCE_PROVIDER || overlaps(user, c.areaCode()))
			.map(this::commission)
			.toList();
		return new ProviderDetail(provider(provider), rows.documents(providerId), commissions, manages(user, provider));
	}

	/**
	 * Files a qualification document: PDF, JPEG or PNG recognised from the content, not above the
	 * size limit.
	 */
	@Transactional
	public UUID addDocument(CurrentUser user, UUID providerId, ProviderDocumentType type, String fileName,
			byte[] content) {
		ProviderRow provider = manageable(user, providerId);
		if (type == null) {
			throw new BusinessRuleException("type", "guidance.sessions.field.required");
		}
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("file", "guidance.sessions.document.empty");
		}
		if (content.length > rules.maxDocumentBytes()) {
			throw new BusinessRuleException("file", "guidance.sessions.document.tooLarge",
					rules.maxDocumentBytes() / (1024 * 1024));
		}
		String contentType = DocumentFormat.detect(content)
			.orElseThrow(() -> new BusinessRuleException("file", "guidance.sessions.document.format"));
		String name = fileName == null || fileName.isBlank() ? type.name().toLowerCase() : fileName.strip();
		UUID id = UuidV7.next();
		rows.insertDocument(id, providerId, type, name.length() > 200 ? name.substring(0, 200) : name, contentType, content,
				Sha256.hex(content), user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("GUIDANCE_PROVIDER_DOCUMENT_ADDED", "guidance_provider", providerId)
			.in(DivisionCode.of(provider.divisionCode()))
			.withDetails(type.name()));
		return id;
	}

	/** A document of a provider the user may see. */
	@Transactional(readOnly = true)
	public StoredDocument document(CurrentUser user, UUID providerId, UUID documentId) {
		visible(user, providerId);
		return rows.document(providerId, documentId).orElseThrow(() -> new NotFoundException("document"));
	}

	/**
	 * Opens the account of a provider's worker (GUIDANCE_PROVIDER, seeing only the provider's
	 * commissions), by an administrator over the provider's home.
	 */
	@Transactional
	public UUID addWorker(CurrentUser user, UUID providerId, String username, String displayName, String password) {
		ProviderRow provider = manageable(user, providerId);
		return accounts.createProviderAccount(user, username, displayName, providerId,
				DivisionCode.of(provider.divisionCode()), password);
	}

	/**
	 * Commissions a provider for an area inside the officer's own: a county, street or community,
	 * a period, the number of sessions and the budget.
	 *
	 * @return the commission's id
	 */
	@Transactional
	public UUID commission(CurrentUser user, NewCommission commission) {
		GuidanceActions.require(user, GuidanceActions.COMMISSION);
		if (commission.providerId() == null) {
			throw new BusinessRuleException("providerId", "guidance.sessions.field.required");
		}
		rows.provider(commission.providerId())
			.filter(p -> overlaps(user, p.divisionCode().substring(0, 6)) || covers(user, p.divisionCode()))
			.orElseThrow(() -> new BusinessRuleException("providerId", "guidance.sessions.commission.provider.unknown"));
		String title = text("title", commission.title(), 2, 100);
		DivisionCode area = division(user, "areaCode", commission.areaCode(),
				Set.of(DivisionLevel.COUNTY, DivisionLevel.STREET, DivisionLevel.COMMUNITY));
		if (commission.startsOn() == null) {
			throw new BusinessRuleException("startsOn", "guidance.sessions.field.required");
		}
		if (commission.endsOn() == null) {
			throw new BusinessRuleException("endsOn", "guidance.sessions.field.required");
		}
		if (commission.endsOn().isBefore(commission.startsOn())) {
			throw new BusinessRuleException("endsOn", "guidance.sessions.commission.period.invalid");
		}
		if (commission.sessions() == null || commission.sessions() < 1 || commission.sessions() > 100_000) {
			throw new BusinessRuleException("sessions", "guidance.sessions.commission.sessions.invalid");
		}
		BigDecimal budget = commission.budget();
		if (budget == null || budget.signum() < 0 || budget.stripTrailingZeros().scale() > 2
				|| budget.compareTo(MAX_BUDGET) > 0) {
			throw new BusinessRuleException("budget", "guidance.sessions.commission.budget.invalid");
		}
		UUID id = UuidV7.next();
		rows.insertCommission(id, commission, title, area.value(), user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("GUIDANCE_COMMISSION_CREATED", "guidance_commission", id).in(area)
			.withDetails(commission.sessions() + " sessions, " + budget.toPlainString()));
		return id;
	}

	/** The commissions the user may see: a worker its provider's, officers those concerning their area. */
	@Transactional(readOnly = true)
	public List<Commission> commissions(CurrentUser user) {
		GuidanceActions.require(user, GuidanceActions.READ_PROVIDERS);
		List<CommissionRow> found = user.role() == Role.GUIDANCE_PROVIDER ? rows.commissionsOf(user.scope().providerId())
				: rows.commissionsConcerning(user.scope().division().value());
		return found.stream().map(this::commission).toList();
	}

	/** One commission the user may see. */
	@Transactional(readOnly = true)
	public Commission commission(CurrentUser user, UUID commissionId) {
		GuidanceActions.require(user, GuidanceActions.READ_PROVIDERS);
		return rows.commission(commissionId)
			.filter(c -> user.role() == Role.GUIDANCE_PROVIDER ? c.providerId().equals(user.scope().providerId())
					: overlaps(user, c.areaCode()))
			.map(this::commission)
			.orElseThrow(() -> new NotFoundException("commission"));
	}

	Commission commission(CommissionRow row) {
		return new Commission(row.id(), row.providerId(), row.providerName(), row.title(), row.areaCode(),
				name(row.areaCode()), row.startsOn(), row.endsOn(), row.sessions(), row.scheduled(), row.budget());
	}

	/** A division's name, or its code when unknown. */
	String name(String code) {
		return divisions.nameOf(DivisionCode.of(code)).orElse(code);
	}

	private Provider provider(ProviderRow row) {
		return new Provider(row.id(), row.name(), row.kind(), row.creditCode(), row.contactName(), row.contactPhone(),
				row.divisionCode(), name(row.divisionCode()));
	}

	private ProviderRow visible(CurrentUser user, UUID providerId) {
		GuidanceActions.require(user, GuidanceActions.READ_PROVIDERS);
		return rows.provider(providerId).filter(p -> {
			if (user.role() == Role.GUIDANCE_PROVIDER) {
				return p.id().equals(user.scope().providerId());
			}
			return covers(user, p.divisionCode()) || user.scope().division().value().startsWith(p.divisionCode().substring(0, 6))
					|| rows.commissionsOf(p.id()).stream().anyMatch(c -> overlaps(user, c.areaCode()));
		}).orElseThrow(() -> new NotFoundException("provider"));
	}

	private ProviderRow manageable(CurrentUser user, UUID providerId) {
		GuidanceActions.require(user, GuidanceActions.REGISTER_PROVIDERS);
		return rows.provider(providerId)
			.filter(p -> manages(user, p))
			.orElseThrow(() -> new NotFoundException("provider"));
	}

	private static boolean manages(CurrentUser user, ProviderRow provider) {
		return GuidanceActions.REGISTER_PROVIDERS.contains(user.role()) && covers(user, provider.divisionCode());
	}

	private DivisionCode division(CurrentUser user, String field, String raw, Set<DivisionLevel> levels) {
		DivisionCode code = BusinessRuleException.onField(field, () -> DivisionCode.of(raw));
		if (!levels.contains(code.level())) {
			throw new BusinessRuleException(field, "guidance.sessions.division.level");
		}
		if (divisions.nameOf(code).isEmpty()) {
			throw new BusinessRuleException(field, "guidance.sessions.division.unknown");
		}
		if (!covers(user, code.value())) {
			throw new BusinessRuleException(field, "guidance.sessions.division.outsideScope");
		}
		return code;
	}

	private static String text(String field, String value, int min, int max) {
		String text = value == null ? "" : value.strip();
		if (text.length() < min || text.length() > max) {
			throw new BusinessRuleException(field, "guidance.sessions.field.length", min, max);
		}
		return text;
	}
}
