package org.tuoyu.messaging.moments.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tuoyu.messaging.moments.PhotoFile;

/**
 * A photo as an answer: its type, cached privately for a short while (a consent withdrawn takes effect
 * on the next load), never sniffed; saved under its name when {@code download}.
 */
final class PhotoResponses {

	private PhotoResponses() {
	}

	static ResponseEntity<byte[]> of(PhotoFile photo, boolean download) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff");
		if (download) {
			answer = answer.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(photo.fileName(), StandardCharsets.UTF_8).build().toString());
		}
		return answer.body(photo.content());
	}
}
