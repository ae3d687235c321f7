package org.tuoyu.guidance.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A family's rating of a session it attended, shown to officers and the provider without the
 * family's or the child's name.
 *
 * @param sessionId the session rated
 * @param topic the session's topic
 * @param stars 1 to 5
 * @param comment the comment, if any
 * @param ratedAt when it was given
 */
public record SessionRating(UUID sessionId, Topic topic, int stars, String comment, OffsetDateTime ratedAt) {
}
