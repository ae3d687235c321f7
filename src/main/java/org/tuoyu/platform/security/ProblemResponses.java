package org.tuoyu.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.tuoyu.platform.web.ProblemTypes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers unauthenticated (401), forbidden (403), too frequent (429) and turned-away (503) API
 * requests with RFC 9457 problem JSON.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver locales;

	ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "problem.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "problem.forbidden");
	}

	/** Too many public requests at once: ask the client to come back shortly. */
	void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.BUSY, "problem.busy");
	}

	/** Too many requests from one client: say when it may send again. */
	void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
			throws IOException {
		write(request, response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "problem.tooManyRequests",
				retryAfterSeconds);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
			String key, Object... arguments) throws IOException {
		// Security answers before the DispatcherServlet, so the locale is resolved here.
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, arguments, locale));
		problem.setType(type);
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
