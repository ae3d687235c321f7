package org.tuoyu.staff.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.Inbox;
import org.tuoyu.staff.StaffRules;
import org.tuoyu.staff.internal.StaffRows.CertificateRow;
import org.tuoyu.staff.internal.StaffRows.EmploymentRow;

/**
 * Every morning tells each employing institution which of its staff's certificates expire within
 * the warning window ({@code tuoyu.rules.staff.expiry-warning-days}, 30 by default). Each
 * certificate is announced once, also when several application nodes run the job.
 */
@Component
public class CertificateExpiryAlerts {

	private static final Logger log = LoggerFactory.getLogger(CertificateExpiryAlerts.class);

	private final StaffRows rows;

	private final AccountManagement accounts;

	private final Inbox inbox;

	private final StaffRules rules;

	private final Clock clock;

	CertificateExpiryAlerts(StaffRows rows, AccountManagement accounts, Inbox inbox, StaffRules rules, Clock clock) {
		this.rows = rows;
		this.accounts = accounts;
		this.inbox = inbox;
		this.rules = rules;
		this.clock = clock;
	}

	/** Sends the alerts due today; returns how many certificates were announced. */
	@Scheduled(cron = "${tuoyu.staff.expiry-alert-cron:0 0 7 * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public int sendDue() {
		LocalDate today = LocalDate.now(clock);
		var due = rows.claimExpiring(today, today.plusDays(rules.expiryWarningDays()));
		for (CertificateRow certificate : due) {
			String name = rows.person(certificate.personId()).orElseThrow().name();
			for (EmploymentRow employment : rows.employmentsOf(certificate.personId())) {
				if (employment.endedOn() != null) {
					continue;
				}
				for (var account : accounts.institutionAccounts(employment.institutionId())) {
					inbox.send(account, "staff.alert.certificateExpiring", "/org/staff/people/" + certificate.personId(),
							name, certificate.type().messageKey(), certificate.expiresOn().toString());
				}
			}
		}
		if (!due.isEmpty()) {
			log.info("Announced {} expiring staff certificates", due.size());
		}
		return due.size();
	}
}
