package org.tuoyu.messaging.conversations;

import java.util.UUID;

/**
 * A thread opened for writing.
 *
 * @param id the thread
 * @param created whether this call created it (otherwise it existed already)
 */
public record Started(UUID id, boolean created) {
}
