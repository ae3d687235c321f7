package org.tuoyu.messaging.conversations;

/**
 * A photo to attach, as uploaded.
 *
 * @param fileName the name the sender gave it, for messages only
 * @param content the bytes
 */
public record NewPhoto(String fileName, byte[] content) {
}
