package org.tuoyu.messaging.moments;

/**
 * A photo's content, for a reader to show or download.
 *
 * @param content the bytes
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param fileName a name to save it under
 */
public record PhotoFile(byte[] content, String contentType, String fileName) {
}
