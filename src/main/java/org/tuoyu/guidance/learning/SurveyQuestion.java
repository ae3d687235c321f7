package org.tuoyu.guidance.learning;

import java.util.List;

/**
 * A question of the awareness questionnaire.
 *
 * @param text the question
 * @param options the choices, 2 to 6
 * @param scores the score of each choice, 0 or more
 */
public record SurveyQuestion(String text, List<String> options, List<Integer> scores) {

	public SurveyQuestion {
		options = options == null ? List.of() : List.copyOf(options);
		scores = scores == null ? List.of() : List.copyOf(scores);
	}

	/** The best score an answer can get. */
	public int maxScore() {
		return scores.stream().mapToInt(Integer::intValue).max().orElse(0);
	}
}
