package org.tuoyu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionStatus;

/**
 * An inspection plan (抽查计划): which institutions of a division are eligible, how many to draw
 * and how many inspectors each gets. See {@link NewInspectionPlan} for the parameters.
 *
 * @param divisionName the name of the plan's division
 * @param status where the plan's draw stands
 * @param drawId the plan's draw once sealed, else {@code null}
 */
public record InspectionPlan(UUID id, String divisionCode, String divisionName, String name, LocalDate periodStart,
		LocalDate periodEnd, InspectionPlanSampling sampling, int samplingValue, int inspectorsPerInstitution,
		List<InstitutionStatus> statuses, List<InstitutionCategory> categories, List<String> streets,
		boolean inclusiveOnly, boolean excludePreviousRound, InspectionPlanStatus status, UUID drawId,
		Instant createdAt) {

	public InspectionPlan {
		statuses = List.copyOf(statuses);
		categories = List.copyOf(categories);
		streets = List.copyOf(streets);
	}

	/** Whether the plan may still be edited and sealed. */
	public boolean draft() {
		return status == InspectionPlanStatus.DRAFT;
	}
}
