package org.tuoyu.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tuoyu.institution.ServiceForm;

/**
 * An application for one child: institutions in ranked order, the desired start and service form,
 * the family's street and declared support needs, and the institutions whose employer the guardian
 * works for.
 */
public record NewApplication(UUID childId, List<UUID> institutionIds, LocalDate desiredStart, ServiceForm serviceForm,
		String homeStreet, Set<SupportNeed> supportNeeds, Set<UUID> employerStaffAt) {

	public NewApplication {
		institutionIds = institutionIds == null ? List.of() : List.copyOf(institutionIds);
		supportNeeds = supportNeeds == null ? Set.of() : Set.copyOf(supportNeeds);
		employerStaffAt = employerStaffAt == null ? Set.of() : Set.copyOf(employerStaffAt);
	}
}
