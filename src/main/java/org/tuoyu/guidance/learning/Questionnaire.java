package org.tuoyu.guidance.learning;

import java.util.List;
import java.util.UUID;

/**
 * The questionnaire a respondent answers: questions and options without scores.
 *
 * @param versionId the version answered
 * @param title the title
 * @param version the version's number
 * @param questions the questions with their options
 * @param answered this year's result when the guardian has answered this version already, else {@code null}
 */
public record Questionnaire(UUID versionId, String title, int version, List<Item> questions, SurveyResult answered) {

	/** A question as a respondent sees it. */
	public record Item(String text, List<String> options) {
	}
}
