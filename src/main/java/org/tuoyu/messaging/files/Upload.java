package org.tuoyu.messaging.files;

/**
 * A file as uploaded.
 *
 * @param fileName the name the sender gave it, for messages only (never trusted for its type)
 * @param content the bytes
 */
public record Upload(String fileName, byte[] content) {

	/** The name to keep: blank is none, a long one is cut to 200 characters. */
	public String keptName() {
		return fileName == null || fileName.isBlank() ? null
				: fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
	}
}
