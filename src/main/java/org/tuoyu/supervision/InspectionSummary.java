package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An inspection as lists show it.
 *
 * @param id the inspection
 * @param institutionId the inspected institution
 * @param institutionName its name when the inspection was scheduled
 * @param divisionCode its street-level division
 * @param source drawn or ad hoc
 * @param status scheduled or concluded
 * @param dueOn the day by which it is to be done
 * @param inspectorAccountIds the assigned inspectors
 * @param outcome the overall result once concluded
 * @param concludedOn the day it was concluded
 * @param publicationDueOn the last day to publish the result
 * @param publishedOn the day the result was published, or {@code null}
 */
public record InspectionSummary(UUID id, UUID institutionId, String institutionName, String divisionCode,
		InspectionSource source, InspectionStatus status, LocalDate dueOn, List<UUID> inspectorAccountIds,
		InspectionOutcome outcome, LocalDate concludedOn, LocalDate publicationDueOn, LocalDate publishedOn) {

	public InspectionSummary {
		inspectorAccountIds = List.copyOf(inspectorAccountIds);
	}

	/** Whether it is still not done after its due day. */
	public boolean overdueOn(LocalDate today) {
		return status == InspectionStatus.SCHEDULED && today.isAfter(dueOn);
	}

	/** Whether its result is still unpublished after the publication deadline. */
	public boolean publicationOverdueOn(LocalDate today) {
		return publicationDueOn != null && publishedOn == null && today.isAfter(publicationDueOn);
	}

	/** Whether the account is one of its inspectors. */
	public boolean assignedTo(UUID accountId) {
		return inspectorAccountIds.contains(accountId);
	}
}
