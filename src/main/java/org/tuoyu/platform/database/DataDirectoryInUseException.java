package org.tuoyu.platform.database;

import java.nio.file.Path;

/**
 * Another running instance holds the embedded database's data directory.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	private final Path dataDirectory;

	DataDirectoryInUseException(Path dataDirectory) {
		super("The data directory " + dataDirectory + " is in use by another Tuoyu instance");
		this.dataDirectory = dataDirectory;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}
}
