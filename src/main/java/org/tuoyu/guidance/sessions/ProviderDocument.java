package org.tuoyu.guidance.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A qualification document on file (without its content).
 *
 * @param id the document
 * @param type what it proves
 * @param fileName the uploaded file's name
 * @param contentType the type recognised from the content
 * @param sizeBytes its size
 * @param uploadedAt when it was uploaded
 */
public record ProviderDocument(UUID id, ProviderDocumentType type, String fileName, String contentType, int sizeBytes,
		OffsetDateTime uploadedAt) {
}
