package org.tuoyu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
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
 * @param riskWeights the weight (0–200 %) of every installed risk signal by name
 */
public record InspectionPlan(UUID id, String divisionCode, String divisionName, String name, LocalDate periodStart,
		LocalDate periodEnd, InspectionPlanSampling sampling, int samplingValue, int inspectorsPerInstitution,
		List<InstitutionStatus> statuses, List<InstitutionCategory> categories, List<String> streets,
		boolean inclusiveOnly, boolean excludePreviousRound, InspectionPlanStatus status, UUID drawId,
		Instant createdAt, SortedMap<String, Integer> riskWeights) {

	public InspectionPlan {
		statuses = List.copyOf(statuses);
		categories = List.copyOf(categories);
		streets = List.copyOf(streets);
		riskWeights = Collections.unmodifiableSortedMap(new TreeMap<>(riskWeights));
	}

	/** Whether the plan may still be edited and sealed. */
	public boolean draft() {
		return status == InspectionPlanStatus.DRAFT;
	}
}
