package org.tuoyu.messaging.moments;

import java.util.UUID;

/**
 * How many moments a child is in, as the reader sees them (the child's photo consent in force).
 *
 * @param childId the child
 * @param moments the moments tagging the child
 * @param photos their photos
 */
public record MomentCount(UUID childId, long moments, long photos) {
}
