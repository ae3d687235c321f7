package org.tuoyu.messaging.channels;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbound notification channel ({@code tuoyu.messaging.channels.*}).
 *
 * @param enabled whether notifications go out at all (default false)
 * @param url the gateway's HTTP(S) address the deliveries are posted to (required when enabled)
 * @param secret the key the body is signed with, HMAC-SHA256 (required when enabled; from the environment)
 * @param timeout how long one delivery may take, connecting and answering (default 5s)
 * @param maxAttempts attempts before a delivery is recorded as failed (default 10)
 * @param firstRetry the wait after the first failure, doubled after each further one (default 1m)
 * @param longestRetry the longest wait between attempts (default 1h)
 * @param batchSize deliveries the job sends in one run (default 200)
 * @param quietFrom the start of a guardian's quiet hours until they choose their own (default 21:00)
 * @param quietUntil their end (default 07:30)
 */
@ConfigurationProperties("tuoyu.messaging.channels")
public record ChannelSettings(boolean enabled, URI url, String secret, Duration timeout, Integer maxAttempts,
		Duration firstRetry, Duration longestRetry, Integer batchSize, LocalTime quietFrom, LocalTime quietUntil) {

	public ChannelSettings {
		timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
		maxAttempts = maxAttempts == null ? 10 : maxAttempts;
		firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
		longestRetry = longestRetry == null ? Duration.ofHours(1) : longestRetry;
		batchSize = batchSize == null ? 200 : batchSize;
		quietFrom = quietFrom == null ? LocalTime.of(21, 0) : quietFrom;
		quietUntil = quietUntil == null ? LocalTime.of(7, 30) : quietUntil;
		if (enabled && (url == null || url.toString().isBlank() || secret == null || secret.isBlank())) {
			throw new IllegalArgumentException(
					"tuoyu.messaging.channels.enabled=true needs tuoyu.messaging.channels.url and .secret");
		}
		if (timeout.isNegative() || timeout.isZero() || maxAttempts < 1 || firstRetry.isNegative()
				|| longestRetry.compareTo(firstRetry) < 0 || batchSize < 1 || quietFrom.equals(quietUntil)) {
			throw new IllegalArgumentException("tuoyu.messaging.channels has an impossible value");
		}
	}

	/** A guardian's choices until they make their own: everything, with the default quiet hours. */
	public ChannelPreferences defaultPreferences() {
		return new ChannelPreferences(true, true, true, true, true, true, quietFrom, quietUntil);
	}
}
