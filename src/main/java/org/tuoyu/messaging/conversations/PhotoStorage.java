package org.tuoyu.messaging.conversations;

import java.util.Optional;

/** Where message photos are kept, by the SHA-256 of their content (one content is kept once). */
interface PhotoStorage {

	/** Keeps the content and returns its SHA-256 in hex, the key to read it back. */
	String store(byte[] content);

	/** The content kept under the key, if it is there. */
	Optional<byte[]> read(String sha256);
}
