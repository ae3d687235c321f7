package org.tuoyu.institution;

/**
 * The public part of an institution's filing history.
 *
 * @param filed the newest filed version, or {@code null}
 * @param verified the newest filed version with a verification result, or {@code null}
 */
public record PublicFilingRecord(Filing filed, Filing verified) {
}
