package org.tuoyu.messaging.conversations;

/**
 * A photo's content, for a participant to download.
 *
 * @param content the bytes
 * @param contentType the type recognised from the content when it was sent
 */
public record StoredPhoto(byte[] content, String contentType) {
}
