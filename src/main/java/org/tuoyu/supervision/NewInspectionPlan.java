package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionStatus;

/**
 * A plan as entered; missing optional values take the configured defaults ({@link DrawSettings}).
 *
 * @param divisionCode the city or a district the plan covers
 * @param name the plan's name, e.g. {@code 2026年第一季度双随机抽查}
 * @param periodStart first day inspections may take place
 * @param periodEnd last day, by which inspections are due
 * @param sampling ratio or count
 * @param samplingValue the percentage (1–100) or the number of institutions
 * @param inspectorsPerInstitution inspectors to draw for each institution (default from settings)
 * @param statuses eligible institution statuses (default filed and verified)
 * @param categories eligible categories (empty: all)
 * @param streets eligible streets/towns inside the division (empty: all)
 * @param inclusiveOnly only inclusive (普惠) institutions
 * @param excludePreviousRound keep inspectors away from their institutions of the previous round (default from settings)
 * @param riskWeights weight of each risk signal by name, a whole percentage 0–200 (a signal not given weighs 100)
 */
public record NewInspectionPlan(String divisionCode, String name, LocalDate periodStart, LocalDate periodEnd,
		InspectionPlanSampling sampling, Integer samplingValue, Integer inspectorsPerInstitution,
		List<InstitutionStatus> statuses, List<InstitutionCategory> categories, List<String> streets,
		Boolean inclusiveOnly, Boolean excludePreviousRound, Map<String, Integer> riskWeights) {
}
