package org.tuoyu.platform.audit;

/**
 * The outcome of checking the whole chain.
 *
 * @param rowsChecked how many rows were read
 * @param firstTamperedSeq the first row whose hash or link does not match, or {@code null}
 */
public record AuditVerification(long rowsChecked, Long firstTamperedSeq) {

	public boolean intact() {
		return firstTamperedSeq == null;
	}
}
