package org.tuoyu.staff;

import java.util.List;
import java.util.UUID;

/**
 * The check of an uploaded staff or training spreadsheet: which rows are valid and why the others
 * are not. Nothing is written until the administrator confirms the valid rows.
 *
 * @param importId the upload to confirm
 * @param rowsRead data rows read (blank rows and the template's example row are not counted)
 * @param validRows the spreadsheet rows (header = row 1) that can be written
 * @param problems one entry per bad row, in row order
 * @param written rows written, after confirmation
 * @param changed whether a confirmation found the valid rows changed since the check and so wrote nothing
 */
public record StaffImportReport(UUID importId, int rowsRead, List<Integer> validRows, List<RowProblem> problems,
		int written, boolean changed) {

	/** One bad row: its number, the field concerned (or {@code null}) and the reason's message key and arguments. */
	public record RowProblem(int row, String column, String messageKey, List<String> arguments) {
	}
}
