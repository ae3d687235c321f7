package org.tuoyu.guidance.learning;

/**
 * A published course as a guardian finds it in the library.
 *
 * @param course the course
 * @param forMyChildren whether its age band is that of one of the guardian's children
 * @param progress the guardian's progress in it
 */
public record LibraryCourse(CourseSummary course, boolean forMyChildren, CourseProgress progress) {
}
