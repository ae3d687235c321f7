package org.tuoyu.guidance.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

class CompletionPolicyTests {

	private final CompletionPolicy policy = new CompletionPolicy(new BigDecimal("0.8"));

	private final List<QuizQuestion> quiz = List.of(new QuizQuestion("a", List.of("x", "y"), 0),
			new QuizQuestion("b", List.of("x", "y", "z"), 2), new QuizQuestion("c", List.of("x", "y"), 1));

	@Test
	void aCourseIsCompleteWhenWatchedToTheShareAndTheQuizPassed() {
		assertThat(policy.complete(new BigDecimal("0.800"), true)).isTrue();
		assertThat(policy.complete(new BigDecimal("0.799"), true)).isFalse();
		assertThat(policy.complete(BigDecimal.ONE, false)).isFalse();
		assertThat(policy.completionPercent()).isEqualTo(80);
	}

	@Test
	void theQuizScoresThePercentAnsweredRightAndPassesAtTheMark() {
		assertThat(CompletionPolicy.scorePercent(quiz, List.of(0, 2, 1))).isEqualTo(100);
		assertThat(CompletionPolicy.scorePercent(quiz, List.of(0, 2, 0))).isEqualTo(66);
		assertThat(CompletionPolicy.passes(66, 60)).isTrue();
		assertThat(CompletionPolicy.passes(66, 67)).isFalse();
	}

	@Test
	void everyQuestionNeedsAnAnswerAmongItsOptions() {
		for (List<Integer> answers : List.of(List.of(0, 2), List.of(0, 3, 1), Arrays.asList(0, null, 1))) {
			assertThatThrownBy(() -> CompletionPolicy.scorePercent(quiz, answers))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageKey()).isEqualTo("guidance.learning.quiz.unanswered"));
		}
	}

	@Test
	void aReportedShareLiesBetweenZeroAndOne() {
		assertThat(CompletionPolicy.share(new BigDecimal("0.12345"))).isEqualByComparingTo("0.123");
		assertThatThrownBy(() -> CompletionPolicy.share(new BigDecimal("1.01"))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> CompletionPolicy.share(new BigDecimal("-0.1"))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> CompletionPolicy.share(null)).isInstanceOf(BusinessRuleException.class);
	}
}
