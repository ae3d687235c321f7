package org.tuoyu.staff;

import java.time.LocalDate;
import java.util.List;

/**
 * One certificate requirement of a role and how the person meets it.
 * @param acceptable the certificate types that satisfy it (any one)
 * @param expiresOn expiry of the best matching certificate, if any
 */
public record RequirementCheck(StaffRole role, List<CertificateType> acceptable, CertificateStatus status,
		LocalDate expiresOn) {
}
