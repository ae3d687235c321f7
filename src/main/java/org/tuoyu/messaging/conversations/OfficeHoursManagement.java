package org.tuoyu.messaging.conversations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.CurrentUser;

/**
 * The office hours an institution answers messages in: set by its administrator, read by its
 * staff; an institution that has set none answers in the configured default (Monday to Friday,
 * 08:00–17:30). A guardian's message outside them is delivered, and the staff are told at the next
 * opening.
 */
@Service
public class OfficeHoursManagement {

	private final ConversationRows rows;

	private final ConversationSettings settings;

	private final InstitutionManagement institutions;

	private final AuditLog audit;

	private final Clock clock;

	OfficeHoursManagement(ConversationRows rows, ConversationSettings settings, InstitutionManagement institutions,
			AuditLog audit, Clock clock) {
		this.rows = rows;
		this.settings = settings;
		this.institutions = institutions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The office hours of the staff member's own institution. */
	@Transactional(readOnly = true)
	public OfficeHours officeHours(CurrentUser user) {
		ConversationActions.requireStaff(user);
		return of(user.scope().institutionId());
	}

	/**
	 * Sets the office hours of the administrator's institution.
	 *
	 * @throws org.tuoyu.platform.BusinessRuleException naming the field: no day, a missing time, or
	 *         closing not after opening
	 */
	@Transactional
	public OfficeHours change(CurrentUser user, OfficeHours hours) {
		ConversationActions.requireAdministrator(user);
		OfficeHoursPolicy.check(hours);
		UUID institutionId = user.scope().institutionId();
		Institution institution = institutions.institutionsByIds(java.util.List.of(institutionId)).get(institutionId);
		rows.saveOfficeHours(institutionId, hours, user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("messaging.officeHours.change", "institution", institutionId)
			.in(institution.divisionCode())
			.withDetails(hours.days().stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","))
					+ " " + hours.opens() + "-" + hours.closes()));
		return hours;
	}

	/** The office hours of an institution: its own, else the default. No scope check. */
	OfficeHours of(UUID institutionId) {
		return rows.officeHours(institutionId).orElseGet(settings::defaultOfficeHours);
	}
}
