package org.tuoyu.messaging.moments.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.messaging.files.Upload;

/** Uploaded photos as the facade takes them; the empty part of a form with no file chosen is none. */
final class MomentUploads {

	private MomentUploads() {
	}

	static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(file -> file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
					|| file.getOriginalFilename().isBlank())))
			.map(MomentUploads::upload)
			.toList();
	}

	private static Upload upload(MultipartFile file) {
		try {
			return new Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
