package org.tuoyu.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.supervision.InspectionPlanSampling;

/** A plan's parameters after {@link InspectionPlanPolicy} checked them and filled in the defaults. */
public record PlanValues(String divisionCode, String name, LocalDate periodStart, LocalDate periodEnd,
		InspectionPlanSampling sampling, int samplingValue, int inspectorsPerInstitution,
		List<InstitutionStatus> statuses, List<InstitutionCategory> categories, List<String> streets,
		boolean inclusiveOnly, boolean excludePreviousRound, SortedMap<String, Integer> riskWeights) {
}
