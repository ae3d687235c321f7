package org.tuoyu.guidance.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A course of the library as its managers see it, quiz answers included.
 *
 * @param id the course
 * @param title the title
 * @param ageBand the age band it is written for
 * @param topic what it is about
 * @param text the course text
 * @param videoUrl an external video's address, or {@code null}
 * @param video the uploaded video, or {@code null}
 * @param passMarkPercent the share of quiz questions to answer right, in percent
 * @param published whether families see it
 * @param publishedOn the day it was last published
 * @param questions the quiz with the right answers
 * @param ownerDivision the area of the officers who manage it, or {@code null}
 * @param ownerProvider the guidance provider whose workers manage it, or {@code null}
 */
public record Course(UUID id, String title, AgeBand ageBand, CourseTopic topic, String text, String videoUrl,
		CourseVideo video, int passMarkPercent, boolean published, LocalDate publishedOn, List<QuizQuestion> questions,
		String ownerDivision, UUID ownerProvider) {

	/** Whether it has a video to watch, uploaded or external. */
	public boolean hasVideo() {
		return video != null || videoUrl != null;
	}

	/** The course as a draft, to edit it. */
	public CourseDraft draft() {
		return new CourseDraft(title, ageBand, topic, text, videoUrl, passMarkPercent, questions);
	}
}
