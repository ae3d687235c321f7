package org.tuoyu.messaging.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code first} after the first failure, twice as long after
 * each further one, never longer than {@code longest}; after {@code maxAttempts} attempts it is
 * recorded as failed (kept, with the last error) instead.
 */
final class RetryPolicy {

	private final Duration first;

	private final Duration longest;

	private final int maxAttempts;

	RetryPolicy(Duration first, Duration longest, int maxAttempts) {
		this.first = first;
		this.longest = longest;
		this.maxAttempts = maxAttempts;
	}

	/**
	 * The next attempt after {@code attempts} failed ones, or empty when they are used up.
	 *
	 * @param attempts the attempts made so far, the failed one included (1 or more)
	 */
	Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
		if (attempts >= maxAttempts) {
			return Optional.empty();
		}
		Duration wait = first;
		for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return Optional.of(failedAt.plus(wait.compareTo(longest) > 0 ? longest : wait));
	}
}
