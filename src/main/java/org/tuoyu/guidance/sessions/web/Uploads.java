package org.tuoyu.guidance.sessions.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/** An uploaded file's bytes; nothing chosen gives none. */
final class Uploads {

	private Uploads() {
	}

	static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return new byte[0];
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
