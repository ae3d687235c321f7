package org.tuoyu.messaging.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTests {

	static final Instant FAILED = Instant.parse("2026-12-08T02:00:00Z");

	final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 10);

	@Test
	void theWaitDoublesAfterEachFailure() {
		assertThat(policy.nextAttempt(1, FAILED)).contains(FAILED.plusSeconds(60));
		assertThat(policy.nextAttempt(2, FAILED)).contains(FAILED.plusSeconds(120));
		assertThat(policy.nextAttempt(3, FAILED)).contains(FAILED.plusSeconds(240));
	}

	@Test
	void theWaitNeverExceedsTheLongest() {
		assertThat(policy.nextAttempt(7, FAILED)).contains(FAILED.plus(Duration.ofHours(1)));
		assertThat(policy.nextAttempt(9, FAILED)).contains(FAILED.plus(Duration.ofHours(1)));
	}

	@Test
	void afterTheLastAttemptItIsRecordedAsFailed() {
		assertThat(policy.nextAttempt(10, FAILED)).isEmpty();
		assertThat(new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 1).nextAttempt(1, FAILED)).isEmpty();
	}
}
