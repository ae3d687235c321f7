package org.tuoyu.staff.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.Role;

/**
 * Who hears about a banned person: the district when an institution tries to hire one (recorded
 * even though the hire itself is refused and rolled back), every employing institution and its
 * district when someone already at work is banned.
 */
@Component
public class BanAlerts {

	private final AccountManagement accounts;

	private final Inbox inbox;

	private final AuditLog audit;

	BanAlerts(AccountManagement accounts, Inbox inbox, AuditLog audit) {
		this.accounts = accounts;
		this.inbox = inbox;
		this.audit = audit;
	}

	/** In its own transaction, so it stays when the refused hire rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void hireRefused(Institution institution, String name, String residentIdMasked) {
		audit.record(AuditEntry.of("staff.hire.refusedBanned", "institution", institution.id())
			.in(institution.divisionCode())
			.withDetails(residentIdMasked));
		for (var officer : accounts.officersCovering(institution.divisionCode(), Role.DISTRICT_ADMIN)) {
			inbox.send(officer, "staff.alert.hireRefused", "/admin/bans", institution.name(), name, residentIdMasked);
		}
	}

	/** Joins the ban's transaction. */
	public void bannedWhileEmployed(Institution institution, String name, String residentIdMasked) {
		for (var account : accounts.institutionAccounts(institution.id())) {
			inbox.send(account, "staff.alert.bannedEmployee", "/org/staff", name, residentIdMasked);
		}
		for (var officer : accounts.officersCovering(institution.divisionCode(), Role.DISTRICT_ADMIN)) {
			inbox.send(officer, "staff.alert.bannedEmployeeDistrict", "/admin/staff/institutions/" + institution.id(),
					institution.name(), name, residentIdMasked);
		}
	}
}
