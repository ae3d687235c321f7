package org.tuoyu.platform.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tuoyu.platform.account.Accounts;

/**
 * Ends a signed-in session as soon as its account is disabled, locked or given another role or
 * scope, instead of letting the session live on with rights it no longer has.
 */
class SessionAccountCheck extends OncePerRequestFilter {

	private final Accounts accounts;

	private final Clock clock;

	SessionAccountCheck(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& !BearerTokenFilter.hasBearer(request)) {
			boolean usable = accounts.findById(principal.user().accountId())
				.filter(account -> account.enabled() && !account.lockedAt(clock.instant()))
				.filter(account -> account.role() == principal.user().role()
						&& account.scope().equals(principal.user().scope()))
				.isPresent();
			if (!usable) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}
}
