package org.tuoyu.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A row of an institution's roster.
 * @param certificates the worst status over the role's certificate requirements
 * @param classNames the classes the person is assigned to
 * @param trainingHoursThisYear training hours in the current calendar year
 */
public record StaffMember(UUID personId, UUID employmentId, String name, String residentIdMasked, String phoneMasked,
		StaffRole role, LocalDate startedOn, CertificateStatus certificates, List<String> classNames,
		BigDecimal trainingHoursThisYear) {
}
