package org.tuoyu.guidance.learning;

import java.util.List;

/**
 * A course as its author writes it; the video file is uploaded separately.
 *
 * @param title the title
 * @param ageBand the age band it is written for
 * @param topic what it is about
 * @param text the course text
 * @param videoUrl an external video's https address, or blank to keep an uploaded video
 * @param passMarkPercent the share of quiz questions to answer right, in percent
 * @param questions the quiz
 */
public record CourseDraft(String title, AgeBand ageBand, CourseTopic topic, String text, String videoUrl,
		Integer passMarkPercent, List<QuizQuestion> questions) {

	public CourseDraft {
		questions = questions == null ? List.of() : List.copyOf(questions);
	}
}
