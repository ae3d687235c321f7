package org.tuoyu.platform.security;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.tuoyu.platform.account.Account;
import org.tuoyu.platform.account.Accounts;

/**
 * Loads accounts for form login.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final Clock clock;

	AccountUserDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new AccountPrincipal(account, clock.instant());
	}

	AccountPrincipal principalOf(Account account) {
		return new AccountPrincipal(account, clock.instant());
	}
}
