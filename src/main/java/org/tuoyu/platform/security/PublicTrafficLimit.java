package org.tuoyu.platform.security;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * A bulkhead for anonymous traffic: at most a few public searches run at once (a small multiple
 * of the cores, so they do not crowd out officers' work or each other); the rest wait in line for
 * up to the configured time and then get {@code 503} with {@code Retry-After}. The wait is
 * recorded as {@code tuoyu.public.wait}; the request's own timing starts once it has a slot.
 */
class PublicTrafficLimit extends OncePerRequestFilter {

	private static final String[] PUBLIC_PATHS = { "/api/v1/directory/", "/api/v1/public/", "/directory",
			"/api/v1/growth/", "/growth/" };

	private final Semaphore slots;

	private final long maxWaitNanos;

	private final ProblemResponses problems;

	private final Timer.Builder waits;

	private final MeterRegistry meters;

	PublicTrafficLimit(PublicTrafficSettings settings, ProblemResponses problems, MeterRegistry meters) {
		this.slots = new Semaphore(settings.slots(), true);
		this.maxWaitNanos = settings.maxWait().toNanos();
		this.problems = problems;
		this.meters = meters;
		this.waits = Timer.builder("tuoyu.public.wait")
			.description("Time public requests waited for a slot")
			.publishPercentiles(0.5, 0.95, 0.99);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		for (String prefix : PUBLIC_PATHS) {
			if (path.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		boolean admitted;
		try {
			admitted = slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		waits.register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		if (!admitted) {
			response.setHeader("Retry-After", "1");
			if (request.getRequestURI().startsWith("/api/")) {
				problems.busy(request, response);
			}
			else {
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			slots.release();
		}
	}
}
