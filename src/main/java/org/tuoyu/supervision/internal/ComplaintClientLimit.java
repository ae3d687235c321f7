package org.tuoyu.supervision.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.tuoyu.supervision.ComplaintLimitExceededException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * A per-client budget of anonymous complaint requests: a client (its address) may make
 * {@code allowed} of them in a fixed window that starts at its first one. Kept in memory per node,
 * as the platform's public rate limit is.
 */
public final class ComplaintClientLimit {

	private final int allowed;

	private final long windowNanos;

	private final Ticker ticker;

	private final Cache<String, Window> windows;

	public ComplaintClientLimit(int allowed, Duration window, Ticker ticker) {
		this.allowed = allowed;
		this.windowNanos = window.toNanos();
		this.ticker = ticker;
		this.windows = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(window).maximumSize(100_000).build();
	}

	private record Window(long start, AtomicInteger used) {
	}

	/** Counts one request of the client; fails with the seconds left when its budget is spent. */
	public void take(String client) {
		long now = ticker.read();
		Window window = windows.get(String.valueOf(client), key -> new Window(now, new AtomicInteger()));
		if (window.used().incrementAndGet() > allowed) {
			long left = window.start() + windowNanos - now;
			throw new ComplaintLimitExceededException(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(left + 999_999_999L)));
		}
	}
}
