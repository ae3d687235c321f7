package org.tuoyu.messaging.conversations;

import java.io.IOException;
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
 * Photos as files in the configured directory ({@code tuoyu.messaging.conversations.photo-directory}),
 * named by their SHA-256 ({@code ab/abcd…}): written to a temporary file and moved into place
 * atomically, so a reader never sees half a photo. A photo whose message did not commit stays as an
 * unreferenced file, never served.
 */
@Component
class PhotoDirectory implements PhotoStorage {

	private final Path directory;

	PhotoDirectory(ConversationSettings settings) {
		this.directory = settings.photoDirectory().toAbsolutePath().normalize();
	}

	@Override
	public String store(byte[] content) {
		String sha256 = sha256(content);
		Path target = path(sha256);
		if (Files.isRegularFile(target)) {
			return sha256;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
			try {
				Files.write(temporary, content);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException ex) {
				// another message stored the same photo meanwhile
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			return sha256;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<byte[]> read(String sha256) {
		Path file = path(sha256);
		try {
			return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}
}
