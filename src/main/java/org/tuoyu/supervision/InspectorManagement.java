package org.tuoyu.supervision;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.OfficerAccount;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.supervision.internal.InspectorRows;

/**
 * The inspector roster (执法检查人员名录) of the double-random draws: officer accounts with the
 * INSPECTOR role in a district or the city, enrolled by an administrator in scope, active or not,
 * with the institutions they declared having worked at (never drawn for them). Officers see the
 * inspectors inside their division subtree; one outside it is not found.
 */
@Service
public class InspectorManagement {

	private final InspectorRows rows;

	private final AccountManagement accounts;

	private final InstitutionManagement institutions;

	private final KnownDivisions divisions;

	private final AuditLog audit;

	InspectorManagement(InspectorRows rows, AccountManagement accounts, InstitutionManagement institutions,
			KnownDivisions divisions, AuditLog audit) {
		this.rows = rows;
		this.accounts = accounts;
		this.institutions = institutions;
		this.divisions = divisions;
		this.audit = audit;
	}

	/** The enrolled inspectors inside the user's division subtree. */
	@Transactional(readOnly = true)
	public List<Inspector> inspectors(CurrentUser user) {
		if (!user.role().isOfficer()) {
			return List.of();
		}
		return withWorkplaces(rows.within(user.scope().division().value()));
	}

	/** One enrolled inspector inside the user's scope, or 404. */
	@Transactional(readOnly = true)
	public Inspector inspector(CurrentUser user, UUID accountId) {
		return withWorkplaces(List.of(visible(user, accountId))).get(0);
	}

	/** INSPECTOR accounts in the user's scope, at city or district level, not enrolled yet. */
	@Transactional(readOnly = true)
	public List<OfficerAccount> enrollable(CurrentUser user) {
		if (!administers(user)) {
			return List.of();
		}
		Set<UUID> enrolled = new HashSet<>();
		rows.within(user.scope().division().value()).forEach(row -> enrolled.add(row.accountId()));
		return accounts.officers(user, Role.INSPECTOR)
			.stream()
			.filter(account -> account.enabled() && !enrolled.contains(account.id()) && drawable(account.divisionCode()))
			.toList();
	}

	/** Enrols an INSPECTOR account of the administrator's scope into the roster, active. */
	@Transactional
	public void enrol(CurrentUser user, UUID accountId) {
		requireAdministrator(user);
		OfficerAccount account = accounts.officers(user, Role.INSPECTOR)
			.stream()
			.filter(officer -> officer.id().equals(accountId))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("accountId", "supervision.inspector.account.unknown"));
		if (!drawable(account.divisionCode())) {
			throw new BusinessRuleException("accountId", "supervision.inspector.account.level");
		}
		if (!rows.insert(account.id(), account.displayName(), account.divisionCode(), user.accountId())) {
			throw new BusinessRuleException("accountId", "supervision.inspector.account.enrolled");
		}
		audit.record(AuditEntry.of("INSPECTOR_ENROLLED", "supervision_inspector", account.id())
			.in(DivisionCode.of(account.divisionCode()))
			.withDetails(account.username()));
	}

	/** Makes an inspector active (drawn) or inactive (not drawn). */
	@Transactional
	public void setActive(CurrentUser user, UUID accountId, boolean active) {
		requireAdministrator(user);
		InspectorRows.Row row = visible(user, accountId);
		rows.updateActive(accountId, active);
		audit.record(AuditEntry.of(active ? "INSPECTOR_ACTIVATED" : "INSPECTOR_DEACTIVATED", "supervision_inspector",
				accountId).in(DivisionCode.of(row.divisionCode())));
	}

	/** Declares an institution the inspector worked at: they are never drawn for it. */
	@Transactional
	public void declareWorkplace(CurrentUser user, UUID accountId, UUID institutionId) {
		requireAdministrator(user);
		InspectorRows.Row row = visible(user, accountId);
		Institution institution = institutionId == null ? null
				: institutions.institutionsByIds(List.of(institutionId)).get(institutionId);
		if (institution == null || institution.status() == InstitutionStatus.DRAFT) {
			throw new BusinessRuleException("institutionId", "supervision.inspector.workplace.unknown");
		}
		if (!rows.insertWorkplace(accountId, institutionId, user.accountId())) {
			throw new BusinessRuleException("institutionId", "supervision.inspector.workplace.declared");
		}
		audit.record(AuditEntry.of("INSPECTOR_WORKPLACE_DECLARED", "supervision_inspector", accountId)
			.in(DivisionCode.of(row.divisionCode()))
			.withDetails(institution.name()));
	}

	/** Withdraws a declared workplace (e.g. entered by mistake); sealed draws keep their exclusions. */
	@Transactional
	public void withdrawWorkplace(CurrentUser user, UUID accountId, UUID institutionId) {
		requireAdministrator(user);
		InspectorRows.Row row = visible(user, accountId);
		if (!rows.deleteWorkplace(accountId, institutionId)) {
			throw new NotFoundException("workplace");
		}
		audit.record(AuditEntry.of("INSPECTOR_WORKPLACE_WITHDRAWN", "supervision_inspector", accountId)
			.in(DivisionCode.of(row.divisionCode()))
			.withDetails(institutionId.toString().substring(0, 8)));
	}

	/** Whether the user may enrol inspectors and make plans and draws: a city or district administrator. */
	public static boolean administers(CurrentUser user) {
		return user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN;
	}

	static void requireAdministrator(CurrentUser user) {
		if (!administers(user)) {
			throw new BusinessRuleException(null, "supervision.plan.administratorsOnly");
		}
	}

	private static boolean drawable(String divisionCode) {
		DivisionLevel level = DivisionCode.of(divisionCode).level();
		return level == DivisionLevel.CITY || level == DivisionLevel.COUNTY;
	}

	private InspectorRows.Row visible(CurrentUser user, UUID accountId) {
		return rows.find(accountId)
			.filter(row -> user.role().isOfficer() && user.scope().covers(DivisionCode.of(row.divisionCode())))
			.orElseThrow(() -> new NotFoundException("inspector"));
	}

	private List<Inspector> withWorkplaces(List<InspectorRows.Row> found) {
		Map<UUID, List<UUID>> workplaces = new HashMap<>();
		rows.workplaces(found.stream().map(InspectorRows.Row::accountId).toList())
			.forEach(w -> workplaces.computeIfAbsent(w.accountId(), id -> new java.util.ArrayList<>()).add(w.institutionId()));
		Map<UUID, Institution> named = institutions
			.institutionsByIds(workplaces.values().stream().flatMap(Collection::stream).toList());
		Map<String, String> names = new HashMap<>();
		return found.stream()
			.map(row -> new Inspector(row.accountId(), row.displayName(), row.divisionCode(),
					names.computeIfAbsent(row.divisionCode(),
							code -> divisions.nameOf(DivisionCode.of(code)).orElse(code)),
					row.active(),
					workplaces.getOrDefault(row.accountId(), List.of())
						.stream()
						.map(id -> new Inspector.Workplace(id, named.containsKey(id) ? named.get(id).name() : null))
						.toList()))
			.toList();
	}
}
