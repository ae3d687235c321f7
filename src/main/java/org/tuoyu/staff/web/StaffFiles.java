package org.tuoyu.staff.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tuoyu.staff.StaffFile;

/** Answers a stored scan or photo: its own content type, never cached by shared caches. */
final class StaffFiles {

	private StaffFiles() {
	}

	static ResponseEntity<byte[]> inline(StaffFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}
}
