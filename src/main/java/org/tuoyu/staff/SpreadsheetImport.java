package org.tuoyu.staff;

import java.util.Locale;
import java.util.UUID;

import org.tuoyu.platform.CurrentUser;
import org.tuoyu.staff.internal.ImportSteps;

/**
 * An import from a filled Excel template in two steps: the check reports every bad row and writes
 * nothing; the confirmation writes the rows still valid. Only an institution's administrator
 * imports, into their own institution; anyone else finds nothing.
 */
public interface SpreadsheetImport {

	/** The empty template with one example row (which is never imported). */
	byte[] template(Locale locale);

	/** Whether the user may import: an institution's administrator only. */
	default boolean mayImport(CurrentUser user) {
		return ImportSteps.mayImport(user);
	}

	/** Checks an upload row by row and keeps it, encrypted, for confirmation; writes nothing else. */
	StaffImportReport check(CurrentUser user, byte[] content);

	/**
	 * Writes the valid rows of the administrator's own checked upload in one transaction. If they are
	 * no longer those of the check, nothing is written and the report, marked changed, shows what is
	 * valid now; confirming again writes those. An upload already confirmed, replaced or expired is
	 * refused.
	 */
	StaffImportReport confirm(CurrentUser user, UUID importId);

	/** The message key of the template header of the column a field is typed in, or {@code null}. */
	String headerKey(String field);
}
