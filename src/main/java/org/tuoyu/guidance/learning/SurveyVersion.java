package org.tuoyu.guidance.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A version of a city's or district's awareness questionnaire, scores included.
 *
 * @param id the version
 * @param ownerDivision the city or district that owns the questionnaire
 * @param version its number, from 1
 * @param title the title
 * @param passMark the score a respondent needs to count as aware
 * @param status draft, published or retired
 * @param publishedOn the day it was published, or {@code null} for a draft
 * @param retiredOn the day a newer version replaced it, or {@code null}
 * @param questions the questions with scored options
 */
public record SurveyVersion(UUID id, String ownerDivision, int version, String title, int passMark,
		SurveyStatus status, LocalDate publishedOn, LocalDate retiredOn, List<SurveyQuestion> questions) {

	/** The best total score. */
	public int maxScore() {
		return questions.stream().mapToInt(SurveyQuestion::maxScore).sum();
	}

	/** The version as a draft, to start the next one from it. */
	public SurveyDraft draft() {
		return new SurveyDraft(title, passMark, questions);
	}
}
