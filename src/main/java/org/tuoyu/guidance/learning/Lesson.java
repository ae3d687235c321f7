package org.tuoyu.guidance.learning;

import java.util.List;
import java.util.UUID;

/**
 * A published course as a guardian takes it: the quiz without its answers, and the guardian's
 * progress.
 *
 * @param id the course
 * @param title the title
 * @param ageBand the age band it is written for
 * @param topic what it is about
 * @param text the course text
 * @param videoUrl an external video's address, or {@code null}
 * @param uploadedVideo whether it has an uploaded video to play
 * @param passMarkPercent the share of quiz questions to answer right, in percent
 * @param completionPercent the share of the video to watch, in percent
 * @param quiz the questions with their options
 * @param progress the guardian's progress
 */
public record Lesson(UUID id, String title, AgeBand ageBand, CourseTopic topic, String text, String videoUrl,
		boolean uploadedVideo, int passMarkPercent, int completionPercent, List<Item> quiz, CourseProgress progress) {

	/** The text's paragraphs, blank lines dropped. */
	public List<String> paragraphs() {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** A quiz question as a learner sees it. */
	public record Item(String text, List<String> options) {
	}
}
