package org.tuoyu.guidance.register;

import java.util.List;
import java.util.UUID;

/**
 * The check of an uploaded register file: how many rows are valid and why the others are not.
 * Nothing is written until the uploader confirms the valid rows.
 *
 * @param importId the upload to confirm
 * @param rowsRead data rows read (blank rows and the template's example row are not counted)
 * @param validRows rows that can be written
 * @param problems one entry per bad row, in row order
 * @param written rows written, after confirmation
 * @param changed whether a confirmation found the valid rows changed since the check and so wrote nothing
 */
public record RegisterImportReport(UUID importId, int rowsRead, int validRows, List<RowProblem> problems, int written,
		boolean changed) {

	/**
	 * One bad row: its number (the header is row 1), the field concerned (or {@code null}) and the
	 * reason's message key and arguments.
	 */
	public record RowProblem(int row, String field, String messageKey, List<String> arguments) {
	}
}
