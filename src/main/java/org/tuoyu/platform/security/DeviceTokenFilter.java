package org.tuoyu.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tuoyu.platform.DeviceTokens;
import org.tuoyu.platform.DeviceTokens.Device;
import org.tuoyu.platform.Role;

/**
 * Authenticates gate devices by their token on the device API; anything else there is answered
 * 401 by the entry point.
 */
class DeviceTokenFilter extends OncePerRequestFilter {

	private final Supplier<DeviceTokens> tokens;

	private final AuthenticationEntryPoint entryPoint;

	DeviceTokenFilter(ObjectProvider<DeviceTokens> tokens, AuthenticationEntryPoint entryPoint) {
		this.tokens = SingletonSupplier.of(tokens::getIfAvailable);
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		DeviceTokens source = tokens.get();
		Device device = header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || source == null ? null
				: source.authenticate(header.substring(7).trim()).orElse(null);
		if (device == null) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("invalid device token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new DevicePrincipal(device), null,
				List.of(new SimpleGrantedAuthority(Role.DEVICE.authority()))));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	/** The device behind a request. */
	record DevicePrincipal(Device device) {
	}
}
