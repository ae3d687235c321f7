package org.tuoyu.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.staff.NewBan.BannedManager;
import org.tuoyu.staff.internal.BanAlerts;
import org.tuoyu.staff.internal.Identities;
import org.tuoyu.staff.internal.Inputs;
import org.tuoyu.staff.internal.StaffRows;
import org.tuoyu.staff.internal.StaffRows.EmploymentRow;

/**
 * The ban list (禁业). City and district administrators record bans; every officer can read the
 * list. A hiring institution may ask whether a person can be hired and hears yes or no, never the
 * reason. Every lookup is audited. A ban on someone already at work alerts each employing
 * institution and its district.
 */
@Service
public class BanList {

	private final StaffRows rows;

	private final Identities identities;

	private final InstitutionManagement institutions;

	private final BanAlerts alerts;

	private final AuditLog audit;

	private final Clock clock;

	BanList(StaffRows rows, Identities identities, InstitutionManagement institutions, BanAlerts alerts, AuditLog audit,
			Clock clock) {
		this.rows = rows;
		this.identities = identities;
		this.institutions = institutions;
		this.alerts = alerts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a ban and the bans of the direct managers named with it; returns their ids, the person's first. */
	@Transactional
	public List<UUID> record(CurrentUser user, NewBan ban) {
		if (user.role() != Role.CITY_ADMIN && user.role() != Role.DISTRICT_ADMIN) {
			throw new NotFoundException("ban");
		}
		LocalDate today = LocalDate.now(clock);
		String name = Inputs.text("name", ban.name(), 1, 50);
		ResidentId residentId = Identities.residentId("residentId", ban.residentId());
		String reason = Inputs.text("reason", ban.reason(), 1, 1000);
		String document = Inputs.text("decisionDocument", ban.decisionDocument(), 1, 100);
		LocalDate decidedOn = Inputs.notFuture("decidedOn", ban.decidedOn(), today);
		if (ban.until() != null && ban.until().isBefore(decidedOn)) {
			throw new BusinessRuleException("until", "staff.ban.untilBeforeDecision");
		}
		List<String> managerNames = new ArrayList<>();
		List<ResidentId> managerIds = new ArrayList<>();
		for (BannedManager manager : ban.managers()) {
			managerNames.add(Inputs.text("managers", manager.name(), 1, 50));
			ResidentId id = Identities.residentId("managers", manager.residentId());
			if (id.equals(residentId) || managerIds.contains(id)) {
				throw new BusinessRuleException("managers", "staff.ban.managerRepeated");
			}
			managerIds.add(id);
		}
		String division = user.scope().division().value();
		UUID principal = UuidV7.next();
		List<UUID> ids = new ArrayList<>();
		ids.add(principal);
		banOne(principal, name, residentId, reason, document, decidedOn, ban.until(), null, division, user, today);
		for (int i = 0; i < managerIds.size(); i++) {
			UUID id = UuidV7.next();
			ids.add(id);
			banOne(id, managerNames.get(i), managerIds.get(i), reason, document, decidedOn, ban.until(), principal,
					division, user, today);
		}
		return ids;
	}

	private void banOne(UUID id, String name, ResidentId residentId, String reason, String document, LocalDate decidedOn,
			LocalDate until, UUID principal, String division, CurrentUser user, LocalDate today) {
		var identity = identities.protect(residentId);
		rows.lockIdentity(identity.index());
		rows.insertBan(id, identity, name, reason, document, decidedOn, until, principal, division, user.accountId());
		audit.record(AuditEntry.of("staff.ban.record", "ban", id)
			.in(user.scope().division())
			.withDetails(residentId.masked()));
		boolean inForce = !decidedOn.isAfter(today) && (until == null || !until.isBefore(today));
		if (!inForce) {
			return;
		}
		List<UUID> employers = rows.openEmploymentsByIndex(identity.index())
			.stream()
			.map(EmploymentRow::institutionId)
			.distinct()
			.toList();
		for (Institution institution : institutions.institutionsByIds(employers).values()) {
			alerts.bannedWhileEmployed(institution, name, residentId.masked());
		}
	}

	/** Every ban on record, newest first (officers). */
	@Transactional
	public List<Ban> list(CurrentUser user) {
		if (!user.role().isOfficer()) {
			throw new NotFoundException("ban");
		}
		audit.record(AuditEntry.of("staff.ban.list", "ban", null));
		return rows.bans();
	}

	/** One ban (officers). */
	@Transactional
	public Ban ban(CurrentUser user, UUID id) {
		if (!user.role().isOfficer()) {
			throw new NotFoundException("ban");
		}
		Ban ban = rows.ban(id).orElseThrow(() -> new NotFoundException("ban"));
		audit.record(AuditEntry.of("staff.ban.read", "ban", id));
		return ban;
	}

	/**
	 * Whether a person may be hired today. Institution administrators get only the answer;
	 * officers also the bans on record. Audited either way.
	 */
	@Transactional
	public BanCheck check(CurrentUser user, String residentIdText) {
		if (!user.role().isOfficer() && user.role() != Role.INSTITUTION_ADMIN) {
			throw new NotFoundException("ban");
		}
		ResidentId residentId = Identities.residentId("residentId", residentIdText);
		List<Ban> bans = rows.bansOf(identities.index(residentId));
		LocalDate today = LocalDate.now(clock);
		boolean hireable = bans.stream().noneMatch(b -> b.activeOn(today));
		audit.record(AuditEntry.of("staff.ban.lookup", "person", null)
			.withDetails(residentId.masked() + (hireable ? " hireable" : " banned")));
		return new BanCheck(hireable, user.role().isOfficer() ? bans : List.of());
	}
}
