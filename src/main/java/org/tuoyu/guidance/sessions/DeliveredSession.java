package org.tuoyu.guidance.sessions;

import java.math.BigDecimal;

/**
 * A session of a commission with who came and how families rated it.
 *
 * @param session the session
 * @param attended children whose attendance was recorded
 * @param averageRating the average stars, or {@code null} when nobody rated it
 * @param ratings how many ratings it has
 */
public record DeliveredSession(GuidanceSession session, long attended, BigDecimal averageRating, long ratings) {
}
