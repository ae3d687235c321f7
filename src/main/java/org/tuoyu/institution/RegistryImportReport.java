package org.tuoyu.institution;

import java.util.List;
import java.util.UUID;

/**
 * The check of an uploaded registry spreadsheet: which rows are valid and why the others are not.
 * Nothing is written until the user confirms the valid rows.
 *
 * @param importId the upload to confirm
 * @param rowsRead data rows read
 * @param validRows the spreadsheet rows (1-based, header = row 1) that can be written
 * @param problems one entry per bad row
 * @param written rows written, after confirmation
 */
public record RegistryImportReport(UUID importId, int rowsRead, List<Integer> validRows, List<RowProblem> problems,
		int written) {

	/** One bad row: its number, the column and the translated reason's key and arguments. */
	public record RowProblem(int row, String column, String messageKey, List<String> arguments) {
	}
}
