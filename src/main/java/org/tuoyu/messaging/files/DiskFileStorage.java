package org.tuoyu.messaging.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files on disk under the data directory ({@code tuoyu.messaging.files.directory}), one directory per
 * area, named by their SHA-256 ({@code <area>/ab/abcd…}): written to a temporary file and moved into
 * place atomically, so a reader never sees half a file. A file whose row did not commit stays as an
 * unreferenced file, never served. Off when {@code tuoyu.messaging.files.storage} names another
 * storage.
 */
@Component
@ConditionalOnProperty(name = "tuoyu.messaging.files.storage", havingValue = "disk", matchIfMissing = true)
class DiskFileStorage implements FileStorage {

	private final Path directory;

	DiskFileStorage(FileSettings settings) {
		this.directory = settings.directory().toAbsolutePath().normalize();
	}

	@Override
	public String store(String area, byte[] content) {
		FileStorage.check(area, null);
		String sha256 = FileStorage.keyOf(content);
		Path target = path(area, sha256);
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
				// another upload stored the same content meanwhile
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
	public Optional<byte[]> read(String area, String sha256) {
		Path file = path(area, sha256);
		try {
			return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path path(String area, String sha256) {
		FileStorage.check(area, sha256);
		return directory.resolve(area).resolve(sha256.substring(0, 2)).resolve(sha256);
	}
}
