package org.tuoyu.guidance.learning;

import java.util.List;

/**
 * A questionnaire version as its owner writes it.
 *
 * @param title the title
 * @param passMark the score a respondent needs to count as aware
 * @param questions the questions with scored options
 */
public record SurveyDraft(String title, Integer passMark, List<SurveyQuestion> questions) {

	public SurveyDraft {
		questions = questions == null ? List.of() : List.copyOf(questions);
	}
}
