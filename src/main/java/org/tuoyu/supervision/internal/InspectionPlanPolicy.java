package org.tuoyu.supervision.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.DataScope;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.supervision.DrawSettings;
import org.tuoyu.supervision.InspectionPlanSampling;
import org.tuoyu.supervision.NewInspectionPlan;

/**
 * What makes a plan valid: a city or district inside the creator's scope, a name, a period, a
 * sampling ratio of 1–100 % or a count, a number of inspectors per institution within the configured
 * limit, statuses an inspection makes sense for (filed, verified, suspended) and streets inside the
 * division, and risk weights ({@link RiskWeightPolicy}). Also derives how many institutions a plan
 * draws from the number eligible.
 */
public final class InspectionPlanPolicy {

	private static final List<InstitutionStatus> INSPECTABLE = List.of(InstitutionStatus.FILED,
			InstitutionStatus.VERIFIED, InstitutionStatus.SUSPENDED);

	private InspectionPlanPolicy() {
	}

	/** The checked plan with defaults filled in; {@code signals} names the installed risk signals. */
	public static PlanValues check(NewInspectionPlan plan, DataScope scope, DrawSettings settings,
			Collection<String> signals) {
		DivisionCode division = BusinessRuleException.onField("divisionCode",
				() -> DivisionCode.of(plan.divisionCode() == null ? "" : plan.divisionCode()));
		if (division.level() != DivisionLevel.CITY && division.level() != DivisionLevel.COUNTY) {
			throw new BusinessRuleException("divisionCode", "supervision.plan.division.level");
		}
		if (!scope.covers(division)) {
			throw new BusinessRuleException("divisionCode", "supervision.plan.division.outsideScope", division.value());
		}
		String name = plan.name() == null ? "" : plan.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new BusinessRuleException("name", "supervision.plan.name.length", 1, 100);
		}
		if (plan.periodStart() == null) {
			throw new BusinessRuleException("periodStart", "supervision.plan.period.required");
		}
		if (plan.periodEnd() == null) {
			throw new BusinessRuleException("periodEnd", "supervision.plan.period.required");
		}
		if (plan.periodEnd().isBefore(plan.periodStart())) {
			throw new BusinessRuleException("periodEnd", "supervision.plan.period.order");
		}
		if (plan.sampling() == null) {
			throw new BusinessRuleException("sampling", "supervision.plan.sampling.required");
		}
		int value = plan.samplingValue() == null ? 0 : plan.samplingValue();
		if (plan.sampling() == InspectionPlanSampling.RATIO && (value < 1 || value > 100)) {
			throw new BusinessRuleException("samplingValue", "supervision.plan.sampling.ratio", 1, 100);
		}
		if (plan.sampling() == InspectionPlanSampling.COUNT && (value < 1 || value > settings.maxCount())) {
			throw new BusinessRuleException("samplingValue", "supervision.plan.sampling.count", 1, settings.maxCount());
		}
		int perInstitution = plan.inspectorsPerInstitution() == null ? settings.inspectorsPerInstitution()
				: plan.inspectorsPerInstitution();
		if (perInstitution < 1 || perInstitution > settings.maxInspectorsPerInstitution()) {
			throw new BusinessRuleException("inspectorsPerInstitution", "supervision.plan.inspectorsPerInstitution.range",
					1, settings.maxInspectorsPerInstitution());
		}
		List<InstitutionStatus> statuses = plan.statuses() == null || plan.statuses().isEmpty() ? settings.statuses()
				: plan.statuses().stream().distinct().sorted().toList();
		if (!INSPECTABLE.containsAll(statuses)) {
			throw new BusinessRuleException("statuses", "supervision.plan.statuses.inspectable");
		}
		List<String> streets = new ArrayList<>();
		for (String raw : plan.streets() == null ? List.<String>of() : plan.streets()) {
			if (raw == null || raw.isBlank()) {
				continue;
			}
			DivisionCode street = BusinessRuleException.onField("streets", () -> DivisionCode.of(raw));
			if (street.level() != DivisionLevel.STREET || !street.isWithin(division)) {
				throw new BusinessRuleException("streets", "supervision.plan.streets.outside", street.value(),
						division.value());
			}
			if (!streets.contains(street.value())) {
				streets.add(street.value());
			}
		}
		return new PlanValues(division.value(), name, plan.periodStart(), plan.periodEnd(), plan.sampling(), value,
				perInstitution, statuses,
				plan.categories() == null ? List.of() : plan.categories().stream().distinct().sorted().toList(),
				streets.stream().sorted().toList(), Boolean.TRUE.equals(plan.inclusiveOnly()),
				plan.excludePreviousRound() == null ? settings.excludePreviousRound() : plan.excludePreviousRound(),
				RiskWeightPolicy.check(plan.riskWeights(), signals));
	}

	/** How many institutions a plan draws when {@code eligible} are eligible: a ratio rounds up. */
	public static int targets(InspectionPlanSampling sampling, int value, int eligible) {
		if (sampling == InspectionPlanSampling.RATIO) {
			return (int) Math.min(eligible, ((long) eligible * value + 99) / 100);
		}
		return Math.min(value, eligible);
	}
}
