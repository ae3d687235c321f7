package org.tuoyu.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A staff member whose role requirement is missing, expired or about to expire. */
public record CertificateGap(UUID institutionId, String institutionName, UUID personId, String name, StaffRole role,
		List<CertificateType> acceptable, CertificateStatus status, LocalDate expiresOn) {
}
