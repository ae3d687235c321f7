package org.tuoyu.guidance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.family.Child;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.region.Division;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.InvalidValueException;
import org.tuoyu.shared.PhoneNumber;

/**
 * The register of children 0–3 of an area (辖区婴幼儿底册) as officers, community health workers
 * and guardians use it. Officers and community health workers read the children of their own area
 * (ID and phone numbers masked; anything outside it is not found); street officers, community
 * health workers and district and city administrators also enter children by hand (the rules of
 * an import) and take them out of the denominator with a reason. A guardian sees the entries of
 * the family's children and corrects their community and the guardian contact. Every read of a
 * child's data and every change is audited.
 */
@Service
public class RegisterManagement {

	/** Children per page of a list. */
	public static final int PAGE_SIZE = 50;

	private final RegisterRows rows;

	private final RegisterChecks checks;

	private final RegionManagement region;

	private final FamilyManagement family;

	private final AuditLog audit;

	private final RegisterAgePolicy age;

	private final Clock clock;

	RegisterManagement(RegisterRows rows, RegisterChecks checks, RegionManagement region, FamilyManagement family,
			AuditLog audit, RegisterAgePolicy age, Clock clock) {
		this.rows = rows;
		this.checks = checks;
		this.region = region;
		this.family = family;
		this.audit = audit;
		this.age = age;
		this.clock = clock;
	}

	/** Whether the user keeps the register of their area: imports, enters and takes children out. */
	public boolean keeps(CurrentUser user) {
		return RegisterAccess.keeps(user);
	}

	/**
	 * A page of the register of a division inside the user's area (the whole area by default):
	 * its figures, those of the divisions one level below and the matching children, masked. The
	 * read is audited; a division outside the area is not found.
	 */
	@Transactional
	public RegisterPage list(CurrentUser user, RegisterFilter filter) {
		DivisionCode area = RegisterAccess.within(user, filter.area());
		Map<String, String> names = new HashMap<>();
		region.subdivisionsOf(area).forEach(d -> names.put(d.code().value(), d.name()));
		List<AreaCount> areas = rows.countsBelow(area)
			.entrySet()
			.stream()
			.map(e -> new AreaCount(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
			.toList();
		int page = filter.pageNumber();
		List<RegisterEntry> entries = named(
				rows.page(area, filter.name(), filter.status(), PAGE_SIZE, page * PAGE_SIZE));
		audit.record(AuditEntry.of("guidance.register.list.read", "division", area.value())
			.in(area)
			.withDetails("page " + page + ", children " + entries.size()));
		return new RegisterPage(area.value(), region.nameOf(area).orElse(area.value()), rows.counts(area), areas, entries,
				rows.matching(area, filter.name(), filter.status()), page, PAGE_SIZE);
	}

	/**
	 * Every child of a division inside the user's area matching the filter (all pages), masked,
	 * youngest first, for a spreadsheet; the read is audited.
	 */
	@Transactional
	public List<RegisterEntry> export(CurrentUser user, RegisterFilter filter) {
		DivisionCode area = RegisterAccess.within(user, filter.area());
		List<RegisterEntry> entries = named(rows.page(area, filter.name(), filter.status(), Integer.MAX_VALUE, 0));
		audit.record(AuditEntry.of("guidance.register.export", "division", area.value())
			.in(area)
			.withDetails("children " + entries.size()));
		return entries;
	}

	/** One child of the user's area, masked; the read is audited. */
	@Transactional
	public RegisterEntry entry(CurrentUser user, UUID id) {
		RegisterEntry entry = visible(RegisterAccess.area(user), id);
		audit.record(AuditEntry.of("guidance.register.child.read", "registerChild", id).in(street(entry)));
		return named(List.of(entry)).get(0);
	}

	/**
	 * Enters a child by hand, with the rules of an import (the origin may be left out); links it to
	 * the family module's child with the same resident ID. Returns the entry's id.
	 *
	 * @throws BusinessRuleException on the field of the first rule broken, or on {@code residentId}
	 *         when the child is already in the register
	 */
	@Transactional
	public UUID enter(CurrentUser user, NewRegisterChild child) {
		DivisionCode area = RegisterAccess.keptArea(user);
		Candidate candidate = checks.check(child, area, this::knownCommunity, false, LocalDate.now(clock));
		if (!checks.alreadyRegistered(Map.of(0, candidate)).isEmpty()) {
			throw new BusinessRuleException("residentId", RegisterChecks.ALREADY_REGISTERED);
		}
		RegisterRows.NewRow row = checks.linked(List.of(candidate), "MANUAL", null).get(0);
		if (rows.insert(List.of(row), user.accountId(), LocalDate.now(clock), OffsetDateTime.now(clock)) == 0) {
			throw new BusinessRuleException("residentId", RegisterChecks.ALREADY_REGISTERED);
		}
		audit.record(AuditEntry.of("guidance.register.child.add", "registerChild", row.id())
			.in(DivisionCode.of(candidate.street())));
		return row.id();
	}

	/**
	 * Takes an active child of the user's area out of the denominator: moved away, deceased or a
	 * duplicate, with a reason and the day.
	 *
	 * @throws BusinessRuleException on the field of the rule broken, or when the child already left
	 */
	@Transactional
	public void leave(CurrentUser user, UUID id, RegisterExit exit) {
		RegisterEntry entry = visible(RegisterAccess.keptArea(user), id);
		RegisterExit checked = RegisterExitPolicy.check(exit, entry.birthDate(), LocalDate.now(clock));
		if (!rows.exit(id, checked, user.accountId(), OffsetDateTime.now(clock))) {
			throw new BusinessRuleException(null, "guidance.register.exit.notActive");
		}
		audit.record(AuditEntry.of("guidance.register.child.exit", "registerChild", id)
			.in(street(entry))
			.withDetails(checked.status().name() + " " + checked.date()));
	}

	/**
	 * Puts a child an officer took out (moved away, deceased, duplicate) back in the register of
	 * the user's area: a mistaken exit, or a family that moved back. A child who has reached the
	 * register's age stays out.
	 *
	 * @throws BusinessRuleException when the child is in the register already or too old for it
	 */
	@Transactional
	public void reinstate(CurrentUser user, UUID id) {
		RegisterEntry entry = visible(RegisterAccess.keptArea(user), id);
		RegisterExitPolicy.checkReinstatement(entry.status(), age.agedOut(entry.birthDate(), LocalDate.now(clock)));
		if (!rows.reinstate(id, user.accountId(), OffsetDateTime.now(clock))) {
			throw new BusinessRuleException(null, "guidance.register.reinstate.active");
		}
		audit.record(AuditEntry.of("guidance.register.child.reinstate", "registerChild", id)
			.in(street(entry))
			.withDetails("was " + entry.status().name() + " since " + entry.exitedOn()));
	}

	/** The register entries of the guardian's children, youngest first; the read is audited. */
	@Transactional
	public List<RegisterEntry> familyEntries(CurrentUser user) {
		List<UUID> children = family.children(user).stream().map(Child::id).toList();
		List<RegisterEntry> entries = children.isEmpty() ? List.of() : named(rows.ofFamilyChildren(children));
		audit.record(AuditEntry.of("guidance.register.family.read", "account", user.accountId())
			.withDetails("entries " + entries.size()));
		return entries;
	}

	/** One entry of the guardian's children; another family's is not found. The read is audited. */
	@Transactional
	public RegisterEntry familyEntry(CurrentUser user, UUID id) {
		RegisterEntry entry = ownEntry(user, id);
		audit.record(AuditEntry.of("guidance.register.child.read", "registerChild", id).in(street(entry)));
		return named(List.of(entry)).get(0);
	}

	/**
	 * A guardian corrects the entry of one of the family's children: the community it lives in now
	 * (within the same city) and the guardian contact; a blank phone keeps the one on record.
	 * Another family's entry is not found.
	 */
	@Transactional
	public void correct(CurrentUser user, UUID id, GuardianCorrection correction) {
		RegisterEntry entry = ownEntry(user, id);
		DivisionCode city = DivisionCode.of(entry.divisionCode().substring(0, DivisionLevel.CITY.codeLength()));
		DivisionCode community = correctedCommunity(correction.communityCode(), city);
		String guardianName = RegisterEntryPolicy.name("guardianName", correction.guardianName());
		boolean keepPhone = correction.guardianPhone() == null || correction.guardianPhone().isBlank();
		PhoneNumber phone = keepPhone ? null
				: BusinessRuleException.onField("guardianPhone", () -> PhoneNumber.of(correction.guardianPhone()));
		rows.correct(id, community, guardianName, phone, user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("guidance.register.child.correct", "registerChild", id)
			.in(DivisionCode.of(community.value().substring(0, DivisionLevel.STREET.codeLength())))
			.withDetails(entry.communityCode() + " -> " + community.value()));
	}

	/** The streets of the city an entry lives in, to choose a new community from (public names). */
	@Transactional(readOnly = true)
	public List<Division> streetsOfCity(RegisterEntry entry) {
		return region.streetsUnder(DivisionCode.of(entry.divisionCode().substring(0, DivisionLevel.CITY.codeLength())));
	}

	/** The communities of a street (public names); none for anything but a street code. */
	@Transactional(readOnly = true)
	public List<Division> communitiesOf(String street) {
		try {
			DivisionCode code = DivisionCode.of(street == null ? "" : street);
			return code.level() == DivisionLevel.STREET ? region.subdivisionsOf(code) : List.of();
		}
		catch (InvalidValueException ex) {
			return List.of();
		}
	}

	private DivisionCode correctedCommunity(String raw, DivisionCode city) {
		try {
			return RegisterEntryPolicy.community(raw, city, this::knownCommunity);
		}
		catch (BusinessRuleException ex) {
			if ("guidance.register.community.outOfScope".equals(ex.messageKey())) {
				throw new BusinessRuleException("communityCode", "guidance.register.community.otherCity");
			}
			throw ex;
		}
	}

	private RegisterEntry ownEntry(CurrentUser user, UUID id) {
		List<UUID> children = family.children(user).stream().map(Child::id).toList();
		return (children.isEmpty() ? List.<RegisterEntry>of() : rows.ofFamilyChildren(children)).stream()
			.filter(e -> e.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("registerChild"));
	}

	private boolean knownCommunity(String code) {
		return region.nameOf(DivisionCode.of(code)).isPresent();
	}

	private RegisterEntry visible(DivisionCode area, UUID id) {
		return rows.find(id)
			.filter(entry -> RegisterAccess.covers(area, entry.divisionCode(), entry.communityCode()))
			.orElseThrow(() -> new NotFoundException("registerChild"));
	}

	/** The entries with their communities' names, looked up once per street. */
	private List<RegisterEntry> named(List<RegisterEntry> entries) {
		Map<String, Map<String, String>> streets = new HashMap<>();
		return entries.stream().map(entry -> {
			if (entry.communityCode() == null) {
				return entry;
			}
			Map<String, String> names = streets.computeIfAbsent(entry.divisionCode(), street -> {
				Map<String, String> communities = new HashMap<>();
				region.subdivisionsOf(DivisionCode.of(street)).forEach(d -> communities.put(d.code().value(), d.name()));
				return communities;
			});
			return entry.withCommunityName(names.get(entry.communityCode()));
		}).toList();
	}

	private static DivisionCode street(RegisterEntry entry) {
		return DivisionCode.of(entry.divisionCode());
	}
}
