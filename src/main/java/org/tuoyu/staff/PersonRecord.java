package org.tuoyu.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tuoyu.shared.Sex;

/**
 * A person as the reader may see them: the regulator sees every employment (the career), an
 * institution only its own. Qualifications are checked for a current head (负责人) only;
 * training hours are per calendar year.
 */
public record PersonRecord(UUID id, String name, String residentIdMasked, String phoneMasked, LocalDate birthDate,
		Sex sex, Education education, Integer experienceSince, boolean hasPhoto, List<Employment> employments,
		List<Certificate> certificates, List<RequirementCheck> requirements, List<QualificationCheck> qualifications,
		List<Training> trainings, Map<Integer, BigDecimal> trainingHoursByYear, List<UUID> assignedClassIds) {
}
