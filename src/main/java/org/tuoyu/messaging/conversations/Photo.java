package org.tuoyu.messaging.conversations;

import java.util.UUID;

/**
 * A photo attached to a message.
 *
 * @param id the photo, to download
 * @param contentType {@code image/jpeg} or {@code image/png}, recognised from the content
 * @param size the size in bytes
 */
public record Photo(UUID id, String contentType, long size) {
}
