package org.tuoyu.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers a stored scan, photo or document: shown inline with its own (content-detected) type,
 * never cached by shared caches and never sniffed by the browser as anything else.
 */
public final class StoredFiles {

	private StoredFiles() {
	}

	/** The file inline, with a download name when one is given. */
	public static ResponseEntity<byte[]> inline(byte[] content, String contentType, String fileName) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff");
		if (fileName != null) {
			response.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString());
		}
		return response.body(content);
	}
}
