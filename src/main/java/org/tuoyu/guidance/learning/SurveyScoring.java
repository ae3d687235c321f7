package org.tuoyu.guidance.learning;

import java.util.List;
import java.util.Objects;

import org.tuoyu.platform.BusinessRuleException;

/**
 * How the awareness questionnaire is scored: the sum of the scores of the chosen options, every
 * question answered; a respondent passes at or above the version's pass mark, which lies between
 * 1 and the best total score.
 */
public final class SurveyScoring {

	private SurveyScoring() {
	}

	/** The result of the answers to a version. */
	public static SurveyResult score(SurveyVersion version, List<Integer> answers) {
		List<SurveyQuestion> questions = version.questions();
		if (answers == null || answers.size() != questions.size() || answers.stream().anyMatch(Objects::isNull)) {
			throw new BusinessRuleException("answers", "guidance.learning.survey.unanswered");
		}
		int score = 0;
		for (int i = 0; i < questions.size(); i++) {
			int answer = answers.get(i);
			if (answer < 0 || answer >= questions.get(i).options().size()) {
				throw new BusinessRuleException("answers", "guidance.learning.survey.unanswered");
			}
			score += questions.get(i).scores().get(answer);
		}
		return new SurveyResult(score, version.maxScore(), version.passMark(), score >= version.passMark());
	}

	/** The draft with its text tidied, or the first rule it breaks. */
	public static SurveyDraft checked(SurveyDraft draft) {
		String title = draft.title() == null ? "" : draft.title().strip();
		if (title.isEmpty() || title.length() > 100) {
			throw new BusinessRuleException("title", "guidance.learning.survey.title.invalid", 100);
		}
		if (draft.questions().isEmpty()) {
			throw new BusinessRuleException("questions", "guidance.learning.sheet.empty");
		}
		if (draft.questions().size() > QuestionSheet.MAX_QUESTIONS) {
			throw new BusinessRuleException("questions", "guidance.learning.sheet.tooMany", QuestionSheet.MAX_QUESTIONS);
		}
		for (int i = 0; i < draft.questions().size(); i++) {
			SurveyQuestion question = draft.questions().get(i);
			if (question.text() == null || question.text().isBlank() || question.text().length() > 300
					|| question.options().size() < 2 || question.options().size() > 6
					|| question.scores().size() != question.options().size()
					|| question.options().stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 100)
					|| question.scores().stream().anyMatch(s -> s == null || s < 0 || s > 100)) {
				throw new BusinessRuleException("questions", "guidance.learning.survey.question.invalid", i + 1);
			}
		}
		int best = draft.questions().stream().mapToInt(SurveyQuestion::maxScore).sum();
		int passMark = draft.passMark() == null ? 0 : draft.passMark();
		if (passMark < 1 || passMark > best) {
			throw new BusinessRuleException("passMark", "guidance.learning.survey.passMark.invalid", best);
		}
		return new SurveyDraft(title, passMark, draft.questions().stream()
			.map(q -> new SurveyQuestion(q.text().strip(), q.options().stream().map(String::strip).toList(), q.scores()))
			.toList());
	}
}
