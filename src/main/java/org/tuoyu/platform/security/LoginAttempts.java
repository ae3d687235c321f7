package org.tuoyu.platform.security;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.Sha256;
import org.tuoyu.platform.account.Account;
import org.tuoyu.platform.account.Accounts;

/**
 * Audits logins and failed logins, and locks an account after too many failures in a row.
 */
@Component
class LoginAttempts {

	private final Accounts accounts;

	private final AuditLog audit;

	private final SecurityRules rules;

	private final Clock clock;

	LoginAttempts(Accounts accounts, AuditLog audit, SecurityRules rules, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.rules = rules;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			accounts.resetFailedLogins(principal.user().accountId());
			audit.recordAs(principal.user().accountId(), principal.user().username(),
					AuditEntry.of("LOGIN", "account", principal.user().accountId())
						.in(principal.user().scope().division()));
		}
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase(Locale.ROOT);
		String reason = event.getException().getClass().getSimpleName();
		Account account = accounts.findByUsername(username).orElse(null);
		if (account == null) {
			// What was typed may be a mistyped password or a phone number: keep only a fingerprint.
			audit.recordAs(null, "unknown:" + Sha256.hex(username).substring(0, 8),
					AuditEntry.of("LOGIN_FAILED", "account", null).withDetails(reason));
			return;
		}
		// Row lock on the account before the audit chain lock, in the same order as every other
		// account change, so the two never deadlock.
		boolean alreadyLocked = event instanceof AuthenticationFailureLockedEvent;
		int failures = alreadyLocked ? account.failedLogins() : accounts.incrementFailedLogins(account.id());
		boolean lockNow = !alreadyLocked && failures >= rules.maxFailedLogins();
		if (lockNow) {
			accounts.lockUntil(account.id(), clock.instant().plus(rules.lockoutDuration()));
		}
		AuditEntry failed = AuditEntry.of("LOGIN_FAILED", "account", account.id()).withDetails(reason);
		if (account.divisionCode() != null) {
			failed = failed.in(account.scope().division());
		}
		audit.recordAs(account.id(), account.username(), failed);
		if (lockNow) {
			audit.recordAs(account.id(), account.username(), AuditEntry.of("ACCOUNT_LOCKED", "account", account.id())
				.withDetails(failures + " failed logins"));
		}
	}
}
