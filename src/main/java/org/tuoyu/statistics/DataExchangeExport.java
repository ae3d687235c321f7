package org.tuoyu.statistics;

import java.time.OffsetDateTime;

/**
 * An accepted data-exchange request, checked and audited, ready to be written with
 * {@link DataExchange#write}.
 *
 * @param dataset the dataset's name: {@code institutions}, {@code places} or {@code enrollment}
 * @param division the division whose subtree is exported
 * @param csv whether the records are written as CSV (else JSON)
 * @param generatedAt when the export was made
 */
public record DataExchangeExport(String dataset, String division, boolean csv, OffsetDateTime generatedAt) {

	/** The media type of the body. */
	public String contentType() {
		return csv ? "text/csv;charset=UTF-8" : "application/json";
	}

	/** The file name to save it under, e.g. {@code tuoyu-institutions-320206-20261129.csv}. */
	public String fileName() {
		return "tuoyu-%s-%s-%tY%<tm%<td.%s".formatted(dataset, division, generatedAt, csv ? "csv" : "json");
	}
}
