package org.tuoyu.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-client limit on anonymous requests that compute or submit something (the growth
 * calculator; later anonymous complaints): each client address may send {@code requests} requests
 * per {@code window} to the {@code paths}.
 *
 * @param requests requests a client may send per window (default 60)
 * @param window the length of a window, starting at a client's first request (default 1 minute)
 * @param paths the limited paths: exact, or a prefix ending in {@code /**}
 * @param maxClients clients remembered at once; beyond that the longest-idle are forgotten, which
 *        only ever lets a forgotten client start a fresh window (default 100,000)
 */
@ConfigurationProperties("tuoyu.public.rate")
public record PublicRateSettings(@DefaultValue("60") int requests, @DefaultValue("1m") Duration window,
		@DefaultValue({ "/api/v1/growth/z-scores", "/growth/calculator", "/api/v1/public/draws/verify",
				"/directory/draws/verify" }) List<String> paths,
		@DefaultValue("100000") long maxClients) {

	public PublicRateSettings {
		if (requests < 1 || window.isNegative() || window.isZero() || maxClients < 1) {
			throw new IllegalArgumentException("tuoyu.public.rate needs requests ≥ 1, a positive window and max-clients ≥ 1");
		}
		paths = List.copyOf(paths);
	}

	/** Whether requests to {@code path} count against the limit. */
	public boolean limits(String path) {
		for (String limited : paths) {
			if (limited.endsWith("/**")) {
				String prefix = limited.substring(0, limited.length() - 3);
				if (path.equals(prefix) || path.startsWith(prefix + "/")) {
					return true;
				}
			}
			else if (path.equals(limited)) {
				return true;
			}
		}
		return false;
	}
}
