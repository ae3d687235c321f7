package org.tuoyu.messaging.announcements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

class ReminderPolicyTests {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-08T10:00:00+08:00");

	final ReminderPolicy policy = new ReminderPolicy(Duration.ofHours(24), 3);

	static void refused(Runnable check, String key, Object... arguments) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			assertThat(ex.arguments()).containsExactly(arguments);
		});
	}

	@Test
	void theFirstReminderGoesOutWhileSomeoneHasNotRead() {
		policy.check(0, null, NOW, 4);
		assertThat(policy.allows(0, null, NOW, 1)).isTrue();
		assertThat(policy.nextAllowed(null)).isNull();
	}

	@Test
	void nobodyLeftNothingToRemind() {
		refused(() -> policy.check(0, null, NOW, 0), "messaging.announcements.remind.nobody");
		assertThat(policy.allows(0, null, NOW, 0)).isFalse();
	}

	@Test
	void aNextReminderWaitsADayAndTheRefusalNamesWhen() {
		OffsetDateTime last = NOW.minusHours(23);
		refused(() -> policy.check(1, last, NOW, 2), "messaging.announcements.remind.tooSoon", "2026-12-08 11:00");
		policy.check(1, last, last.plusHours(24), 2);
		assertThat(policy.nextAllowed(last)).isEqualTo(last.plusHours(24));
	}

	@Test
	void atMostThreeReminders() {
		refused(() -> policy.check(3, NOW.minusDays(5), NOW, 2), "messaging.announcements.remind.limit", 3);
		policy.check(2, NOW.minusDays(5), NOW, 2);
	}
}
