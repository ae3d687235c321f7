package org.tuoyu.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.supervision.CreditEventKind;
import org.tuoyu.supervision.CreditTier;

/**
 * Posts credit events: under the lock of the institution's score row it appends the event (once
 * per source and kind), moves the score and tier, audits it and tells the institution's
 * administrators when the tier changed.
 */
@Component
public class CreditLedger {

	/** Where an event came from. */
	public record Source(String type, UUID id, LocalDate occurredOn) {
	}

	private final CreditRows rows;

	private final CreditPolicy policy;

	private final AuditLog audit;

	private final AccountManagement accounts;

	private final Inbox inbox;

	private final Clock clock;

	CreditLedger(CreditRows rows, CreditPolicy policy, AuditLog audit, AccountManagement accounts, Inbox inbox,
			Clock clock) {
		this.rows = rows;
		this.policy = policy;
		this.audit = audit;
		this.accounts = accounts;
		this.inbox = inbox;
		this.clock = clock;
	}

	/**
	 * Posts one event worth {@code count} times its kind's points; returns its id, or empty when
	 * the source already counted for that kind.
	 * @param by the regulator who recorded it, {@code null} for events from other parts of supervision
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<UUID> post(Institution institution, CreditEventKind kind, int count, Source source, String reason,
			String documentNumber, CurrentUser by) {
		var now = clock.instant();
		String division = institution.divisionCode().value();
		int initial = policy.initialScore();
		CreditRows.Score current = rows.lock(institution.id(), division, initial, policy.tier(initial), now);
		int scoreAfter = policy.scoreAfter(current.score(), policy.points(kind, count));
		CreditTier tierAfter = policy.tier(scoreAfter);
		UUID id = UuidV7.next();
		boolean appended = rows.append(new CreditRows.NewEntry(id, institution.id(), division, kind,
				scoreAfter - current.score(), scoreAfter, tierAfter, reason, documentNumber, source.type(), source.id(),
				source.occurredOn(), by == null ? null : by.accountId(), by == null ? null : by.displayName(), now));
		if (!appended) {
			return Optional.empty();
		}
		boolean tierChanged = tierAfter != current.tier();
		LocalDate since = tierChanged ? laterOf(current.tierSince(), source.occurredOn()) : current.tierSince();
		rows.update(institution.id(), scoreAfter, tierAfter, since, now);
		audit.record(new AuditEntry("SUPERVISION_CREDIT_EVENT", "institution", institution.id().toString(),
				institution.divisionCode(), institution.id(),
				kind + " " + current.score() + "→" + scoreAfter + " " + tierAfter + " " + source.type()));
		if (tierChanged) {
			for (UUID admin : accounts.institutionAccounts(institution.id(), Role.INSTITUTION_ADMIN)) {
				inbox.send(admin, "supervision.credit.tierChanged", "/org/supervision/credit", current.tier().name(),
						tierAfter.name());
			}
		}
		return Optional.of(id);
	}

	private static LocalDate laterOf(LocalDate since, LocalDate day) {
		return since == null || day.isAfter(since) ? day : since;
	}
}
