package org.tuoyu.guidance.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

class SurveyScoringTests {

	private final SurveyVersion version = new SurveyVersion(UUID.randomUUID(), "3202", 1, "问卷", 4, SurveyStatus.PUBLISHED,
			null, null, List.of(new SurveyQuestion("一", List.of("a", "b", "c"), List.of(0, 2, 1)),
					new SurveyQuestion("二", List.of("a", "b"), List.of(3, 0))));

	@Test
	void theScoreIsTheSumOfTheChosenOptionsAndPassesAtTheMark() {
		assertThat(version.maxScore()).isEqualTo(5);
		assertThat(SurveyScoring.score(version, List.of(1, 0))).isEqualTo(new SurveyResult(5, 5, 4, true));
		assertThat(SurveyScoring.score(version, List.of(2, 0))).isEqualTo(new SurveyResult(4, 5, 4, true));
		assertThat(SurveyScoring.score(version, List.of(1, 1))).isEqualTo(new SurveyResult(2, 5, 4, false));
	}

	@Test
	void everyQuestionNeedsAnAnswer() {
		assertThatThrownBy(() -> SurveyScoring.score(version, List.of(1))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> SurveyScoring.score(version, List.of(1, 2))).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void thePassMarkLiesBetweenOneAndTheFullScore() {
		SurveyDraft draft = version.draft();
		assertThat(SurveyScoring.checked(draft).passMark()).isEqualTo(4);
		assertThatThrownBy(() -> SurveyScoring.checked(new SurveyDraft("问卷", 6, draft.questions())))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
				assertThat(e.field()).isEqualTo("passMark");
				assertThat(e.arguments()).containsExactly(5);
			});
		assertThatThrownBy(() -> SurveyScoring.checked(new SurveyDraft("问卷", 0, draft.questions())))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> SurveyScoring.checked(new SurveyDraft(" ", 3, draft.questions())))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("title"));
	}

	@Test
	void awarenessIsThePassedShareOfRespondents() {
		assertThat(new Awareness("320213", null, 2026, 9, 10).percent()).isEqualByComparingTo("90.0");
		assertThat(new Awareness("320213", null, 2026, 2, 3).percent()).isEqualByComparingTo("66.7");
		assertThat(new Awareness("320213", null, 2026, 0, 0).percent()).isNull();
	}
}
