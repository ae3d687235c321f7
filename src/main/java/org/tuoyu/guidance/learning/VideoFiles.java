package org.tuoyu.guidance.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The media directory: uploaded videos as files named by their SHA-256 ({@code ab/abcd….mp4}), so
 * that one content is kept once and a file can be checked against its recorded hash. An upload is
 * streamed to a temporary file while it is counted and hashed, checked, and only then moved into
 * place; a refused upload leaves nothing behind.
 */
@Component
class VideoFiles {

	/** A stored file: its hash and size. */
	record Stored(String sha256, long size) {
	}

	private final Path directory;

	VideoFiles(CourseSettings settings) {
		this.directory = settings.mediaDirectory().toAbsolutePath().normalize();
	}

	/**
	 * Streams an upload into the directory after the policy accepts its size and content.
	 * @param declaredLength the length the sender announced, or -1
	 */
	Stored store(InputStream content, long declaredLength, VideoUploadPolicy policy) {
		if (declaredLength >= 0) {
			policy.checkSize(declaredLength);
		}
		Path temporary = null;
		try {
			Files.createDirectories(directory);
			temporary = Files.createTempFile(directory, ".upload-", ".part");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] head = new byte[VideoUploadPolicy.HEAD];
			int headLength = 0;
			long size = 0;
			byte[] buffer = new byte[64 * 1024];
			try (OutputStream out = Files.newOutputStream(temporary)) {
				for (int read; (read = content.read(buffer)) != -1;) {
					size += read;
					policy.checkSize(size);
					if (headLength < head.length) {
						int take = Math.min(read, head.length - headLength);
						System.arraycopy(buffer, 0, head, headLength, take);
						headLength += take;
					}
					digest.update(buffer, 0, read);
					out.write(buffer, 0, read);
				}
			}
			policy.checkFormat(head, headLength);
			String sha256 = HexFormat.of().formatHex(digest.digest());
			Path target = path(sha256);
			Files.createDirectories(target.getParent());
			moveInto(temporary, target);
			temporary = null;
			return new Stored(sha256, size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ex) {
					// the temporary name starts with a dot and is never served; a later upload is unaffected
				}
			}
		}
	}

	/** The file of a stored video, if it is there. */
	Optional<Path> file(String sha256) {
		Path file = path(sha256);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	private Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return directory.resolve(sha256.substring(0, 2)).resolve(sha256 + ".mp4");
	}

	private static void moveInto(Path temporary, Path target) throws IOException {
		if (Files.exists(target)) {
			Files.delete(temporary);
			return;
		}
		try {
			// the temporary file lies in the same directory tree, so the move is atomic
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(temporary);
		}
	}
}
