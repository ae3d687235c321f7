package org.tuoyu.platform.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A per-client limit on the anonymous requests of {@link PublicRateSettings#paths()}: a client
 * (its remote address; an IPv6 client by its /64 network, which one subscriber usually holds) may
 * send {@link PublicRateSettings#requests()} requests in a fixed window that starts at its first
 * one. Beyond that it is answered {@code 429} with {@code Retry-After} (the seconds left in its
 * window) and, on the API, translated problem JSON. Rejections are counted as
 * {@code tuoyu.public.rate.rejected}. Behind a reverse proxy the remote address is the proxy's
 * unless {@code server.forward-headers-strategy} is set.
 */
class PublicRateLimit extends OncePerRequestFilter {

	private final PublicRateSettings settings;

	private final ProblemResponses problems;

	private final Ticker ticker;

	private final long windowNanos;

	private final Cache<String, Window> windows;

	private final Counter rejected;

	PublicRateLimit(PublicRateSettings settings, ProblemResponses problems, MeterRegistry meters, Ticker ticker) {
		this.settings = settings;
		this.problems = problems;
		this.ticker = ticker;
		this.windowNanos = settings.window().toNanos();
		this.windows = Caffeine.newBuilder()
			.ticker(ticker)
			.expireAfterWrite(settings.window())
			.maximumSize(settings.maxClients())
			.build();
		this.rejected = Counter.builder("tuoyu.public.rate.rejected")
			.description("Anonymous requests refused because their client sent too many")
			.register(meters);
	}

	/** A client's window: when it started and how many requests it has seen. */
	private record Window(long start, AtomicInteger requests) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !settings.limits(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long now = ticker.read();
		Window window = windows.get(client(request.getRemoteAddr()), key -> new Window(now, new AtomicInteger()));
		if (window.requests().incrementAndGet() <= settings.requests()) {
			chain.doFilter(request, response);
			return;
		}
		rejected.increment();
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(window.start() + windowNanos - now + 999_999_999L));
		response.setHeader("Retry-After", Long.toString(retryAfter));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			problems.tooManyRequests(request, response, retryAfter);
		}
		else {
			response.sendError(429);
		}
	}

	/** The key of a client: its IPv4 address, or the /64 network of an IPv6 one. */
	static String client(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			// A literal address: no name lookup happens.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? Arrays.toString(Arrays.copyOf(bytes, 8)) : address;
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}
}
