package org.tuoyu.guidance.learning;

import java.util.List;

/**
 * A question of a course's quiz.
 *
 * @param text the question
 * @param options the choices, 2 to 6
 * @param answer the index of the right choice (0-based)
 */
public record QuizQuestion(String text, List<String> options, int answer) {

	public QuizQuestion {
		options = options == null ? List.of() : List.copyOf(options);
	}
}
