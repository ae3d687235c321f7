package org.tuoyu.supervision;

/**
 * The bytes of a stored photo with its content type, detected from the bytes when uploaded.
 */
public record PhotoContent(String contentType, byte[] content) {
}
