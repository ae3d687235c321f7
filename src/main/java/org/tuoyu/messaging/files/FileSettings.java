package org.tuoyu.messaging.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Uploaded files ({@code tuoyu.messaging.files.*}).
 *
 * @param storage {@code disk} (the default) keeps files under {@code directory}; any other value turns
 *        the disk storage off, for a {@link FileStorage} bean of the city's own (S3-compatible object
 *        storage)
 * @param directory the data directory the disk storage keeps each area in, as {@code <directory>/<area>}
 *        (default {@code ./data}); with several application nodes, a directory all of them share
 */
@ConfigurationProperties("tuoyu.messaging.files")
public record FileSettings(String storage, Path directory) {

	public FileSettings {
		storage = storage == null || storage.isBlank() ? "disk" : storage.strip();
		directory = directory == null ? Path.of("./data") : directory;
	}
}
