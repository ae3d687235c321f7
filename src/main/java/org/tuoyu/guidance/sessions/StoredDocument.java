package org.tuoyu.guidance.sessions;

/**
 * A stored document's content.
 *
 * @param content the bytes
 * @param contentType the type recognised from the content when uploaded
 * @param fileName the uploaded file's name
 */
public record StoredDocument(byte[] content, String contentType, String fileName) {
}
