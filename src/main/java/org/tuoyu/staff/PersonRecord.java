package org.tuoyu.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tuoyu.shared.Sex;

/**
 * A person as the reader may see them: the regulator sees every employment (the career), an
 * institution only its own.
 */
public record PersonRecord(UUID id, String name, String residentIdMasked, String phoneMasked, LocalDate birthDate,
		Sex sex, List<Employment> employments, List<Certificate> certificates, List<RequirementCheck> requirements,
		List<UUID> assignedClassIds) {
}
