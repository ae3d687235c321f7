package org.tuoyu.guidance.learning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A guardian's progress in a course.
 *
 * @param watched the largest share of the video watched, 0 to 1
 * @param quizAttempts how often the quiz was answered
 * @param bestScore the best quiz result in percent, or {@code null} before the first attempt
 * @param quizPassed whether the quiz was passed
 * @param completedOn the day the course was completed, or {@code null}
 */
public record CourseProgress(BigDecimal watched, int quizAttempts, Integer bestScore, boolean quizPassed,
		LocalDate completedOn) {

	/** No progress yet. */
	public static CourseProgress none() {
		return new CourseProgress(BigDecimal.ZERO, 0, null, false, null);
	}

	/** Whether the course is complete. */
	public boolean completed() {
		return completedOn != null;
	}

	/** The watched share in whole percent. */
	public int watchedPercent() {
		return watched.movePointRight(2).intValue();
	}
}
