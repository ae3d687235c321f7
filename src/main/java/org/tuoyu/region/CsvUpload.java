package org.tuoyu.region;

/**
 * An uploaded CSV file: its name (for error reports) and UTF-8 content.
 */
public record CsvUpload(String fileName, byte[] content) {
}
