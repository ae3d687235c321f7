package org.tuoyu.guidance.learning;

import java.util.List;

/**
 * What a guardian's report of progress or quiz answers led to.
 *
 * @param progress the progress now
 * @param lastScore the quiz result just given in percent, or {@code null} for a progress report
 * @param counted the children for whom the course was just recorded as a guidance service
 * @param withoutCommunity the children under 3 it could not count for yet: no community chosen
 */
public record CourseOutcome(CourseProgress progress, Integer lastScore, List<String> counted,
		List<String> withoutCommunity) {
}
