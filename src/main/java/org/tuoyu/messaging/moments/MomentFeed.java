package org.tuoyu.messaging.moments;

import java.util.List;
import java.util.UUID;

/**
 * A page of moments, newest first.
 *
 * @param moments the moments
 * @param nextBefore the moment to ask for those before it ({@code ?before=}), or {@code null} at the end
 */
public record MomentFeed(List<Moment> moments, UUID nextBefore) {
}
