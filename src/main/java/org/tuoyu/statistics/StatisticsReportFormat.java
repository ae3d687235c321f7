package org.tuoyu.statistics;

import java.util.Arrays;
import java.util.Locale;

import org.tuoyu.platform.BusinessRuleException;

/** The file formats of the statistics report. */
public enum StatisticsReportFormat {

	XLSX, PDF;

	/** The format named in a request ({@code xlsx} or {@code pdf}); anything else is refused, naming {@code format}. */
	public static StatisticsReportFormat named(String name) {
		return Arrays.stream(values())
			.filter(f -> name != null && f.name().equals(name.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("format", "statistics.report.format"));
	}

	/** The file name extension. */
	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}
}
