package org.tuoyu.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.platform.account.ApiTokens;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer tuoyu_...}. An unknown,
 * revoked or disabled-account token is answered 401 by the entry point.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final AccountUserDetailsService principals;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(ApiTokens tokens, Accounts accounts, AccountUserDetailsService principals,
			AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.principals = principals;
		this.entryPoint = entryPoint;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
		AccountPrincipal principal = tokens.authenticate(secret)
			.flatMap(accounts::findById)
			.map(principals::principalOf)
			.filter(p -> p.isEnabled() && p.isAccountNonLocked())
			.orElse(null);
		if (principal == null) {
			// A bad token never falls back to a session cookie (CSRF is not checked for bearer requests).
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("invalid bearer token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
