package org.tuoyu.messaging.files;

import java.util.Optional;

/**
 * Where uploaded files are kept: by the SHA-256 of their content (one content is kept once), in a
 * named area ({@code messages}, {@code moments}…; lower-case letters and hyphens). Files are never
 * changed; what refers to them is in the database. The disk implementation under the data directory
 * is the default; see the package documentation for plugging in S3-compatible object storage.
 */
public interface FileStorage {

	/** Keeps the content in the area and returns its SHA-256 in hex, the key to read it back. */
	String store(String area, byte[] content);

	/** The content kept in the area under the key, if it is there. */
	Optional<byte[]> read(String area, String sha256);

	/** The SHA-256 of the content in lower-case hex, the key it is kept under. */
	static String keyOf(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	/** Refuses an area name that is not lower-case letters and hyphens, or a key that is not a SHA-256. */
	static void check(String area, String sha256) {
		if (area == null || !area.matches("[a-z][a-z-]{0,39}")) {
			throw new IllegalArgumentException("not a storage area: " + area);
		}
		if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
	}
}
