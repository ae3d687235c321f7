package org.tuoyu.guidance.learning;

import java.util.UUID;

/**
 * A line of a course list.
 *
 * @param id the course
 * @param title the title
 * @param ageBand the age band it is written for
 * @param topic what it is about
 * @param published whether families see it
 * @param hasVideo whether it has a video, uploaded or external
 * @param questions how many quiz questions it has
 */
public record CourseSummary(UUID id, String title, AgeBand ageBand, CourseTopic topic, boolean published,
		boolean hasVideo, int questions) {
}
