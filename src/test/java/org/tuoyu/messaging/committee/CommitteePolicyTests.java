package org.tuoyu.messaging.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tuoyu.platform.BusinessRuleException;

class CommitteePolicyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

	@Test
	void aCommitteeHasOneChairAtATime() {
		assertThatThrownBy(() -> CommitteePolicy.checkInvitation(CommitteeRole.CHAIR, true, false))
			.hasMessage("messaging.committee.invite.chairTaken");
		assertThatCode(() -> CommitteePolicy.checkInvitation(CommitteeRole.VICE_CHAIR, true, false)).doesNotThrowAnyException();
		assertThatCode(() -> CommitteePolicy.checkInvitation(CommitteeRole.CHAIR, false, false)).doesNotThrowAnyException();
	}

	@Test
	void aGuardianIsInvitedOnceAtATimeAndARoleIsNeeded() {
		assertThatThrownBy(() -> CommitteePolicy.checkInvitation(CommitteeRole.MEMBER, false, true))
			.hasMessage("messaging.committee.invite.already");
		assertThatThrownBy(() -> CommitteePolicy.checkInvitation(null, false, false))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("role"));
	}

	@Test
	void onlyAnOpenInvitationIsAnswered() {
		assertThatCode(() -> CommitteePolicy.checkAnswer(MembershipStatus.INVITED)).doesNotThrowAnyException();
		for (MembershipStatus closed : new MembershipStatus[] { MembershipStatus.ACCEPTED, MembershipStatus.DECLINED,
				MembershipStatus.ENDED }) {
			assertThatThrownBy(() -> CommitteePolicy.checkAnswer(closed)).hasMessage("messaging.committee.answer.closed");
		}
	}

	@Test
	void minutesAreOfAMeetingHeldWithTheirTexts() {
		NewMinutes checked = CommitteePolicy.check(new NewMinutes(TODAY, " 伙食 ", " 张三、李四 ", " 讨论了冬季食谱 "), TODAY);
		assertThat(checked.title()).isEqualTo("伙食");
		assertThat(checked.attendees()).isEqualTo("张三、李四");
		assertThatThrownBy(() -> CommitteePolicy.check(new NewMinutes(TODAY.plusDays(1), "a", "b", "c"), TODAY))
			.hasMessage("messaging.committee.minutes.future");
		assertThatThrownBy(() -> CommitteePolicy.check(new NewMinutes(TODAY.minusYears(6), "a", "b", "c"), TODAY))
			.hasMessage("messaging.committee.minutes.tooOld");
		assertThatThrownBy(() -> CommitteePolicy.check(new NewMinutes(null, "a", "b", "c"), TODAY))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("metOn"));
		assertThatThrownBy(() -> CommitteePolicy.check(new NewMinutes(TODAY, "a", " ", "c"), TODAY))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("attendees"));
		assertThatThrownBy(() -> CommitteePolicy.check(new NewMinutes(TODAY, "题".repeat(101), "b", "c"), TODAY))
			.hasMessage("messaging.committee.field.length");
	}
}
