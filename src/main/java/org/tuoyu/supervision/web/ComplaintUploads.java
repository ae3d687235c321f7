package org.tuoyu.supervision.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** Uploaded complaint photos as bytes; empty file inputs (nothing chosen) are left out. */
final class ComplaintUploads {

	private ComplaintUploads() {
	}

	static List<byte[]> bytes(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> f != null && !f.isEmpty()).map(ComplaintUploads::read).toList();
	}

	private static byte[] read(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
