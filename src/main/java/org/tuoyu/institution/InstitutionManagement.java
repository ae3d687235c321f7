package org.tuoyu.institution;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.internal.ClassSizePolicy;
import org.tuoyu.institution.internal.FeePolicy;
import org.tuoyu.institution.internal.InstitutionRows;
import org.tuoyu.institution.internal.SitePolicy;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.CreditCode;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.InvalidValueException;
import org.tuoyu.shared.PhoneNumber;

/**
 * The institution registry. Regulators register institutions in their area and set inclusive and
 * demonstration status; an institution's administrator keeps its profile, sites, classes and fees.
 * Everything outside the user's scope is reported as not found.
 */
@Service
public class InstitutionManagement {

	private static final String LANDLINE = "0\\d{2,3}-?\\d{7,8}";

	private final InstitutionRows rows;

	private final InstitutionRules rules;

	private final AccountManagement accounts;

	private final KnownDivisions divisions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InstitutionManagement(InstitutionRows rows, InstitutionRules rules, AccountManagement accounts,
			KnownDivisions divisions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.rows = rows;
		this.rules = rules;
		this.accounts = accounts;
		this.divisions = divisions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Registers an institution with its main site and administrator account; returns its id. */
	@Transactional
	public UUID register(CurrentUser user, NewInstitution request) {
		if (user.role() != Role.CITY_ADMIN && user.role() != Role.DISTRICT_ADMIN) {
			throw new BusinessRuleException(null, "institution.register.notAllowed");
		}
		String name = required("name", request.name(), 2, 100);
		CreditCode creditCode;
		try {
			creditCode = CreditCode.of(request.creditCode());
		}
		catch (InvalidValueException ex) {
			throw new BusinessRuleException("creditCode", ex.messageKey(), ex.arguments());
		}
		if (rows.creditCodeTaken(creditCode.value())) {
			throw new BusinessRuleException("creditCode", "institution.creditCode.taken");
		}
		if (request.registrationType() == null) {
			throw new BusinessRuleException("registrationType", "institution.field.required");
		}
		if (request.ownership() == null) {
			throw new BusinessRuleException("ownership", "institution.field.required");
		}
		if (request.category() == null) {
			throw new BusinessRuleException("category", "institution.field.required");
		}
		Set<ServiceForm> forms = serviceForms(request.serviceForms());
		if (request.mainSite() == null) {
			throw new BusinessRuleException("siteName", "institution.site.nameRequired");
		}
		String head = required("headName", request.headName(), 1, 50);
		String phone = contactPhone(request.contactPhone());
		DemonstrationLevel level = request.demonstrationLevel() == null ? DemonstrationLevel.NONE
				: request.demonstrationLevel();
		checkInclusive(request.inclusive(), request.inclusivePriceCap(), request.inclusiveValidUntil());
		DivisionCode street = SitePolicy.check(rules, request.mainSite(), null);
		requireKnownStreetInScope(user, street);
		UUID id = UuidV7.next();
		Institution institution = new Institution(id, name, creditCode, request.registrationType(), request.ownership(),
				request.category(), forms, head, phone, request.inclusive(),
				request.inclusive() ? request.inclusivePriceCap() : null,
				request.inclusive() ? request.inclusiveValidUntil() : null, level, InstitutionStatus.DRAFT, street);
		rows.insert(institution);
		rows.insertSite(site(id, true, request.mainSite(), street));
		accounts.createInstitutionAccount(user, request.adminUsername(), name, Role.INSTITUTION_ADMIN, id, street,
				request.adminPassword());
		audit.record(AuditEntry.of("INSTITUTION_REGISTERED", "institution", id).in(street).withDetails(name));
		events.publishEvent(new InstitutionRegistered(id, street.value()));
		return id;
	}

	/** Institutions the user may see, optionally by status and a name or credit-code search. */
	@Transactional(readOnly = true)
	public List<InstitutionSummary> list(CurrentUser user, InstitutionStatus status, String search) {
		List<InstitutionSummary> found;
		if (user.role().isOfficer()) {
			found = rows.within(user.scope().division().value(), status, search);
		}
		else if (user.role().isInstitutionStaff()) {
			found = rows.find(user.scope().institutionId())
				.map(i -> rows.within(i.divisionCode().value(), i.id(), status, search))
				.orElse(List.of());
		}
		else {
			found = List.of();
		}
		Map<String, String> names = new HashMap<>();
		return found.stream()
			.map(s -> new InstitutionSummary(s.institution(), s.places(), s.sites(),
					names.computeIfAbsent(s.institution().divisionCode().value(),
							code -> divisions.nameOf(DivisionCode.of(code)).orElse(code))))
			.toList();
	}

	/** One institution with sites, classes and fees, or 404 outside the user's scope. */
	@Transactional(readOnly = true)
	public InstitutionDetail detail(CurrentUser user, UUID id) {
		return detailOf(readable(user, id));
	}

	/** The institution the user works for (institution staff). */
	@Transactional(readOnly = true)
	public InstitutionDetail own(CurrentUser user) {
		if (!user.role().isInstitutionStaff()) {
			throw new NotFoundException("institution");
		}
		return detail(user, user.scope().institutionId());
	}

	/** The institution's own profile: head, contact phone, service forms. */
	@Transactional
	public void updateProfile(CurrentUser user, UUID id, String headName, String contactPhone,
			Set<ServiceForm> serviceForms) {
		Institution institution = editable(user, id);
		rows.updateProfile(id, required("headName", headName, 1, 50), contactPhone(contactPhone),
				serviceForms(serviceForms));
		audit.record(AuditEntry.of("INSTITUTION_PROFILE_UPDATED", "institution", id).in(institution.divisionCode()));
	}

	/** Inclusive (普惠) approval with its price cap, and the demonstration level; regulators only. */
	@Transactional
	public void setDesignations(CurrentUser user, UUID id, boolean inclusive, BigDecimal priceCap, LocalDate validUntil,
			DemonstrationLevel level) {
		Institution institution = readable(user, id);
		if (user.role() != Role.CITY_ADMIN && user.role() != Role.DISTRICT_ADMIN) {
			throw new BusinessRuleException(null, "institution.designations.regulatorsOnly");
		}
		checkInclusive(inclusive, priceCap, validUntil);
		rows.updateDesignations(id, inclusive, inclusive ? priceCap : null, inclusive ? validUntil : null,
				level == null ? DemonstrationLevel.NONE : level);
		audit.record(AuditEntry.of("INSTITUTION_DESIGNATIONS_SET", "institution", id)
			.in(institution.divisionCode())
			.withDetails("inclusive=" + inclusive + " cap=" + priceCap + " demonstration=" + level));
		events.publishEvent(new DesignationsChanged(id, institution.divisionCode().value()));
	}

	/** Adds a community service point; it must be in the same county as the main site. */
	@Transactional
	public UUID addSite(CurrentUser user, UUID id, NewSite request) {
		Institution institution = editable(user, id);
		DivisionCode street = SitePolicy.check(rules, request, institution.divisionCode());
		if (divisions.nameOf(street).isEmpty()) {
			throw new BusinessRuleException("divisionCode", "account.division.unknown", street.value());
		}
		Site site = site(id, false, request, street);
		rows.insertSite(site);
		audit.record(AuditEntry.of("INSTITUTION_SITE_ADDED", "institution", id).in(street).withDetails(site.name()));
		events.publishEvent(new SiteAdded(id, institution.divisionCode().value()));
		return site.id();
	}

	/** Opens a class at one of the institution's sites, within the size rules; returns its id. */
	@Transactional
	public UUID addClass(CurrentUser user, UUID id, NewClass request) {
		Institution institution = editable(user, id);
		rows.lock(id);
		List<CareClass> existing = rows.classes(id);
		if (request.siteId() == null || rows.sites(id).stream().noneMatch(s -> s.id().equals(request.siteId()))) {
			throw new BusinessRuleException("siteId", "institution.class.siteUnknown");
		}
		String name = required("name", request.name(), 1, 50);
		if (rows.classNameTaken(request.siteId(), name)) {
			throw new BusinessRuleException("name", "institution.class.nameTaken", name);
		}
		ClassSizePolicy.check(rules, institution.category(), request.type(), request.capacity(), existing);
		CareClass created = new CareClass(UuidV7.next(), id, request.siteId(), name, request.type(), request.capacity());
		rows.insertClass(created);
		int places = existing.stream().mapToInt(CareClass::capacity).sum() + created.capacity();
		audit.record(AuditEntry.of("INSTITUTION_CLASS_ADDED", "institution", id)
			.in(institution.divisionCode())
			.withDetails(name + " " + request.type() + " " + request.capacity()));
		events.publishEvent(new PlacesChanged(id, institution.divisionCode().value(), places));
		return created.id();
	}

	/** Publishes (or changes) a monthly fee; an inclusive institution stays within its cap. */
	@Transactional
	public void publishFee(CurrentUser user, UUID id, Fee fee) {
		Institution institution = editable(user, id);
		FeePolicy.check(institution, fee, LocalDate.now(clock));
		rows.upsertFee(id, fee);
		audit.record(AuditEntry.of("INSTITUTION_FEE_PUBLISHED", "institution", id)
			.in(institution.divisionCode())
			.withDetails(fee.classType() + " " + fee.serviceForm() + " " + fee.monthlyFee()));
	}

	/** The public disclosure of an institution that has been filed; drafts are not public. */
	@Transactional(readOnly = true)
	public InstitutionDetail disclosure(UUID id) {
		Institution institution = rows.find(id)
			.filter(i -> i.status() != InstitutionStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("institution"));
		return detailOf(institution);
	}

	public InstitutionRules rules() {
		return rules;
	}

	/**
	 * Institutions by id, without a scope check: for other modules that apply their own scope to
	 * what they hold (e.g. a person's career across institutions).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Institution> institutionsByIds(java.util.Collection<UUID> ids) {
		Map<UUID, Institution> found = new HashMap<>();
		for (UUID id : new java.util.HashSet<>(ids)) {
			rows.find(id).ifPresent(i -> found.put(id, i));
		}
		return found;
	}

	/** Whether the user's scope includes the institution (officers by area, staff their own). */
	public static boolean visible(CurrentUser user, Institution institution) {
		if (user.role().isOfficer()) {
			return user.scope().covers(institution.divisionCode());
		}
		return user.role().isInstitutionStaff() && institution.id().equals(user.scope().institutionId());
	}

	private InstitutionDetail detailOf(Institution institution) {
		UUID id = institution.id();
		return new InstitutionDetail(institution, rows.sites(id), rows.classes(id), rows.fees(id));
	}

	private Institution readable(CurrentUser user, UUID id) {
		return rows.find(id).filter(i -> visible(user, i)).orElseThrow(() -> new NotFoundException("institution"));
	}

	private Institution editable(CurrentUser user, UUID id) {
		Institution institution = readable(user, id);
		boolean own = user.role() == Role.INSTITUTION_ADMIN;
		boolean regulator = user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN;
		if (!own && !regulator) {
			throw new BusinessRuleException(null, "institution.edit.notAllowed");
		}
		return institution;
	}

	private void requireKnownStreetInScope(CurrentUser user, DivisionCode street) {
		if (!user.scope().covers(street)) {
			throw new BusinessRuleException("divisionCode", "account.create.outsideScope", street.value());
		}
		if (divisions.nameOf(street).isEmpty()) {
			throw new BusinessRuleException("divisionCode", "account.division.unknown", street.value());
		}
	}

	private void checkInclusive(boolean inclusive, BigDecimal cap, LocalDate validUntil) {
		if (!inclusive) {
			return;
		}
		if (cap == null || cap.signum() <= 0 || cap.scale() > 2) {
			throw new BusinessRuleException("inclusivePriceCap", "institution.inclusive.capRequired");
		}
		if (validUntil == null || validUntil.isBefore(LocalDate.now(clock))) {
			throw new BusinessRuleException("inclusiveValidUntil", "institution.inclusive.validUntil");
		}
	}

	private Site site(UUID institutionId, boolean main, NewSite request, DivisionCode street) {
		DivisionCode community = null;
		if (request.communityCode() != null && !request.communityCode().isBlank()) {
			try {
				community = DivisionCode.of(request.communityCode());
			}
			catch (InvalidValueException ex) {
				throw new BusinessRuleException("communityCode", ex.messageKey(), ex.arguments());
			}
			if (!community.value().startsWith(street.value()) || community.value().length() != 12
					|| divisions.nameOf(community).isEmpty()) {
				throw new BusinessRuleException("communityCode", "institution.site.communityOutsideStreet");
			}
		}
		return new Site(UuidV7.next(), institutionId, main, request.name().trim(), request.address().trim(), street,
				request.latitude(), request.longitude(), request.roomFloor(), request.indoorArea(), community);
	}

	private static Set<ServiceForm> serviceForms(Set<ServiceForm> forms) {
		Set<ServiceForm> chosen = EnumSet.noneOf(ServiceForm.class);
		if (forms != null) {
			forms.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
		}
		if (chosen.isEmpty()) {
			throw new BusinessRuleException("serviceForms", "institution.serviceForms.required");
		}
		return chosen;
	}

	private static String contactPhone(String raw) {
		String phone = raw == null ? "" : raw.trim();
		if (phone.matches(LANDLINE)) {
			return phone;
		}
		try {
			return PhoneNumber.of(phone).value();
		}
		catch (InvalidValueException ex) {
			throw new BusinessRuleException("contactPhone", "institution.contactPhone.invalid");
		}
	}

	private static String required(String field, String value, int min, int max) {
		String trimmed = value == null ? "" : value.trim();
		if (trimmed.length() < min || trimmed.length() > max) {
			throw new BusinessRuleException(field, "institution.field.length", min, max);
		}
		return trimmed;
	}
}
