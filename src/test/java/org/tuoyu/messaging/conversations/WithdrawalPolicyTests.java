package org.tuoyu.messaging.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

class WithdrawalPolicyTests {

	static final OffsetDateTime SENT = OffsetDateTime.parse("2026-12-07T10:00:00+08:00");

	final WithdrawalPolicy policy = new WithdrawalPolicy(Duration.ofMinutes(2));

	@Test
	void theSenderMayWithdrawUpToTwoMinutesAfterSending() {
		policy.check(true, false, SENT, SENT.plusMinutes(2).toInstant());
		assertThat(policy.allows(true, false, SENT, SENT.plusSeconds(119).toInstant())).isTrue();
		assertThat(policy.deadline(SENT)).isEqualTo(SENT.plusMinutes(2));
	}

	@Test
	void afterTwoMinutesTheRefusalSaysSo() {
		assertThatThrownBy(() -> policy.check(true, false, SENT, SENT.plusMinutes(2).plusSeconds(1).toInstant()))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("messaging.conversations.withdraw.late");
				assertThat(ex.arguments()).containsExactly(2L);
			});
		assertThat(policy.allows(true, false, SENT, SENT.plusMinutes(3).toInstant())).isFalse();
	}

	@Test
	void onlyTheSenderAndOnlyOnce() {
		assertThatThrownBy(() -> policy.check(false, false, SENT, SENT.toInstant()))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("messaging.conversations.withdraw.notSender"));
		assertThatThrownBy(() -> policy.check(true, true, SENT, SENT.toInstant()))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("messaging.conversations.withdraw.already"));
		assertThat(policy.allows(false, false, SENT, SENT.toInstant())).isFalse();
	}
}
