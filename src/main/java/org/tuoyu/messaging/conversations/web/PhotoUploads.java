package org.tuoyu.messaging.conversations.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.messaging.conversations.NewPhoto;

/** Uploaded photos as the facade takes them; the empty part of a form with no file chosen is none. */
final class PhotoUploads {

	private PhotoUploads() {
	}

	static List<NewPhoto> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(file -> file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
					|| file.getOriginalFilename().isBlank())))
			.map(PhotoUploads::photo)
			.toList();
	}

	private static NewPhoto photo(MultipartFile file) {
		try {
			return new NewPhoto(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
