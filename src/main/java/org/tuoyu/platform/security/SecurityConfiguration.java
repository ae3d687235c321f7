package org.tuoyu.platform.security;

import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.tuoyu.platform.DeviceTokens;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.platform.account.ApiTokens;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Filter chains: the JSON API (session or bearer token, problem JSON on 401/403, CSRF for
 * session writes), the API documentation, and the pages (form login, CSRF, strict headers).
 * HTTP Basic is off everywhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String[] OFFICERS = { "CITY_ADMIN", "DISTRICT_ADMIN", "STREET_OFFICER", "INSPECTOR" };

	/** Who works on parenting guidance in the regulator's console: officers and community health workers. */
	private static final String[] GUIDANCE_OFFICERS = { "CITY_ADMIN", "DISTRICT_ADMIN", "STREET_OFFICER", "INSPECTOR",
			"COMMUNITY_HEALTH" };

	private static final String[] INSTITUTION_STAFF = { "INSTITUTION_ADMIN", "CAREGIVER", "HEALTH_WORKER" };

	/**
	 * No tracing spans per security filter: the request timing ({@code http.server.requests})
	 * stays, and every request saves the cost of a dozen nested observations.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Before everything else, so a request waiting for a public slot holds nothing. */
	@Bean
	FilterRegistrationBean<PublicTrafficLimit> publicTrafficLimit(PublicTrafficSettings settings,
			ProblemResponses problems, MeterRegistry meters) {
		FilterRegistrationBean<PublicTrafficLimit> registration = new FilterRegistrationBean<>(
				new PublicTrafficLimit(settings, problems, meters));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The gate devices' API: stateless, device tokens only (no sessions, no CSRF); nothing else
	 * reaches it and device tokens reach nothing else.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain deviceChain(HttpSecurity http, ProblemResponses problems,
			ObjectProvider<DeviceTokens> deviceTokens) throws Exception {
		http.securityMatcher("/api/v1/devices/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.DEVICE.name()))
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(AbstractHttpConfigurer::disable)
			.servletApi(AbstractHttpConfigurer::disable)
			.securityContext(context -> context.requireExplicitSave(true))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new DeviceTokenFilter(deviceTokens, problems), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, ApiTokens tokens, Accounts accounts,
			AccountUserDetailsService principals, Clock clock) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
			.addFilterBefore(new BearerTokenFilter(tokens, accounts, principals, problems),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionAccountCheck(accounts, clock), BearerTokenFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/**
	 * The public, read-only directory API: no session, no CSRF, no login — the lightest chain,
	 * because families and the city's portals call it most.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain publicApiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/v1/directory/**", "/api/v1/public/**", "/api/v1/growth/z-scores")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.requireExplicitSave(true))
			.requestCache(cache -> cache.disable())
			.csrf(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/**
	 * Swagger UI sets inline styles; its pages alone may use them. Scripts stay {@code 'self'}.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocumentationChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs", "/v3/api-docs/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.httpBasic(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.contentSecurityPolicy(
					csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, Accounts accounts, Clock clock) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/login", "/register", "/enrollment/rules", "/setup", "/error", "/error/**", "/css/**", "/js/**", "/geo/**",
					"/webjars/**", "/favicon.ico", "/directory/**", "/growth/**", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("CITY_ADMIN")
			.requestMatchers("/admin/guidance/**")
			.hasAnyRole(GUIDANCE_OFFICERS)
			.requestMatchers("/admin/**")
			.hasAnyRole(OFFICERS)
			.requestMatchers("/provider/**")
			.hasRole(Role.GUIDANCE_PROVIDER.name())
			.requestMatchers("/org/**")
			.hasAnyRole(INSTITUTION_STAFF)
			.requestMatchers("/family/**")
			.hasRole("GUARDIAN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home", false).failureHandler(failures))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.httpBasic(AbstractHttpConfigurer::disable)
			.addFilterBefore(new SessionAccountCheck(accounts, clock), AuthorizationFilter.class)
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}
}
