package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.DataScope;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.DrawSettings;
import org.tuoyu.supervision.InspectionPlanSampling;
import org.tuoyu.supervision.NewInspectionPlan;

class InspectionPlanPolicyTests {

	private static final DrawSettings SETTINGS = new DrawSettings(2, 5, true, 10_000,
			List.of(InstitutionStatus.FILED, InstitutionStatus.VERIFIED), 10_000);

	private static final List<String> SIGNALS = List.of("credit", "findings", "complaints");

	private static final DataScope JIANGYIN = DataScope.division(DivisionCode.of("320281"));

	private static NewInspectionPlan plan(String division, InspectionPlanSampling sampling, Integer value,
			List<String> streets) {
		return new NewInspectionPlan(division, "第一季度", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), sampling,
				value, null, null, null, streets, null, null, null);
	}

	private static String field(Runnable check) {
		try {
			check.run();
		}
		catch (BusinessRuleException ex) {
			return ex.field() + ":" + ex.messageKey();
		}
		return "passed";
	}

	@Test
	void defaultsComeFromTheSettings() {
		PlanValues values = InspectionPlanPolicy.check(plan("320281", InspectionPlanSampling.RATIO, 10, null), JIANGYIN,
				SETTINGS, SIGNALS);
		assertThat(values.inspectorsPerInstitution()).isEqualTo(2);
		assertThat(values.excludePreviousRound()).isTrue();
		assertThat(values.statuses()).containsExactly(InstitutionStatus.FILED, InstitutionStatus.VERIFIED);
		assertThat(values.riskWeights()).isEqualTo(Map.of("complaints", 100, "credit", 100, "findings", 100));
	}

	@Test
	void badPlansAreRefusedOnTheirField() {
		assertThat(field(() -> InspectionPlanPolicy.check(plan("320281100", InspectionPlanSampling.RATIO, 10, null),
				JIANGYIN, SETTINGS, SIGNALS))).isEqualTo("divisionCode:supervision.plan.division.level");
		assertThat(field(() -> InspectionPlanPolicy.check(plan("320213", InspectionPlanSampling.RATIO, 10, null),
				JIANGYIN, SETTINGS, SIGNALS))).isEqualTo("divisionCode:supervision.plan.division.outsideScope");
		assertThat(field(() -> InspectionPlanPolicy.check(plan("320281", InspectionPlanSampling.RATIO, 101, null),
				JIANGYIN, SETTINGS, SIGNALS))).isEqualTo("samplingValue:supervision.plan.sampling.ratio");
		assertThat(field(() -> InspectionPlanPolicy.check(plan("320281", InspectionPlanSampling.COUNT, 0, null),
				JIANGYIN, SETTINGS, SIGNALS))).isEqualTo("samplingValue:supervision.plan.sampling.count");
		assertThat(field(() -> InspectionPlanPolicy.check(plan("320281", InspectionPlanSampling.COUNT, 3,
				List.of("320213021")), JIANGYIN, SETTINGS, SIGNALS))).isEqualTo("streets:supervision.plan.streets.outside");
		assertThat(field(() -> InspectionPlanPolicy.check(new NewInspectionPlan("320281", "x", LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 2, 1), InspectionPlanSampling.COUNT, 1, null, null, null, null, null, null, null),
				JIANGYIN, SETTINGS, SIGNALS))).isEqualTo("periodEnd:supervision.plan.period.order");
	}

	@Test
	void aRatioRoundsUpAndACountIsCappedAtTheEligible() {
		assertThat(InspectionPlanPolicy.targets(InspectionPlanSampling.RATIO, 10, 21)).isEqualTo(3);
		assertThat(InspectionPlanPolicy.targets(InspectionPlanSampling.RATIO, 100, 7)).isEqualTo(7);
		assertThat(InspectionPlanPolicy.targets(InspectionPlanSampling.COUNT, 5, 3)).isEqualTo(3);
		assertThat(InspectionPlanPolicy.targets(InspectionPlanSampling.RATIO, 10, 0)).isZero();
	}

	@Test
	void weightsMultiplyTheFactorsAtTheScaleRoundingHalfUp() {
		assertThat(DrawWeightPolicy.weight(Map.of(), 10_000)).isEqualTo(10_000);
		assertThat(DrawWeightPolicy.weight(Map.of("credit", new BigDecimal("1.5"), "findings", new BigDecimal("1.2")),
				10_000)).isEqualTo(18_000);
		assertThat(DrawWeightPolicy.weight(Map.of("credit", new BigDecimal("0.33335")), 10_000)).isEqualTo(3_334);
		assertThat(DrawWeightPolicy.weight(Map.of("credit", new BigDecimal("-1")), 10_000)).isZero();
		assertThat(DrawWeightPolicy.plain(new BigDecimal("2.000"))).isEqualTo("2");
		assertThat(DrawWeightPolicy.plain(new BigDecimal("1E+1"))).isEqualTo("10");
	}
}
