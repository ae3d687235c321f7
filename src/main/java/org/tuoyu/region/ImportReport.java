package org.tuoyu.region;

import java.util.List;

/**
 * The outcome of an import: either every row was written, or nothing was and every bad row is
 * listed with its line number and reason.
 *
 * @param rowsRead data rows read (header excluded)
 * @param rowsWritten rows inserted or updated; 0 whenever there are problems
 * @param problems one entry per bad row
 */
public record ImportReport(int rowsRead, int rowsWritten, List<ImportProblem> problems) {

	public boolean succeeded() {
		return problems.isEmpty();
	}

	/**
	 * One bad row.
	 * @param file the uploaded file's name
	 * @param line the line number in the file (the header is line 1)
	 * @param messageKey the reason as a message key
	 * @param arguments the reason's arguments
	 */
	public record ImportProblem(String file, int line, String messageKey, List<String> arguments) {
	}
}
