package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.supervision.ChecklistDimension;
import org.tuoyu.supervision.ChecklistItem;
import org.tuoyu.supervision.ChecklistResult;
import org.tuoyu.supervision.Finding;
import org.tuoyu.supervision.FindingSeverity;
import org.tuoyu.supervision.InspectionOutcome;

class InspectionOutcomePolicyTests {

	private static ChecklistItem item(String code, ChecklistResult result) {
		return new ChecklistItem(code, 1, ChecklistDimension.SAFETY, "项", "item", result, null);
	}

	private static Finding finding(String code, FindingSeverity severity) {
		return new Finding(UUID.randomUUID(), code, ChecklistDimension.SAFETY, severity, "d");
	}

	private static void rejects(InspectionOutcome outcome, List<ChecklistItem> items, List<Finding> findings, String key) {
		assertThatThrownBy(() -> InspectionOutcomePolicy.check(outcome, items, findings))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> org.assertj.core.api.Assertions
				.assertThat(ex.messageKey()).isEqualTo(key));
	}

	@Test
	void compliantNeedsEveryItemRecordedAndNoFindings() {
		List<ChecklistItem> items = List.of(item("A01", ChecklistResult.MET), item("A02", ChecklistResult.NOT_APPLICABLE));
		assertThatCode(() -> InspectionOutcomePolicy.check(InspectionOutcome.COMPLIANT, items, List.of()))
			.doesNotThrowAnyException();
		rejects(InspectionOutcome.COMPLIANT, List.of(item("A01", ChecklistResult.MET), item("A02", null)), List.of(),
				"supervision.inspection.itemOpen");
		rejects(null, items, List.of(), "supervision.inspection.outcome.required");
	}

	@Test
	void anItemNotMetNeedsAFindingAndAFindingNeedsAnItemNotMet() {
		rejects(InspectionOutcome.RECTIFY, List.of(item("A01", ChecklistResult.NOT_MET)), List.of(),
				"supervision.finding.requiredFor");
		rejects(InspectionOutcome.RECTIFY, List.of(item("A01", ChecklistResult.MET)),
				List.of(finding("A01", FindingSeverity.MINOR)), "supervision.finding.onItemMet");
	}

	@Test
	void theOutcomeMustAgreeWithTheFindings() {
		List<ChecklistItem> items = List.of(item("A01", ChecklistResult.NOT_MET));
		List<Finding> minor = List.of(finding("A01", FindingSeverity.MINOR));
		List<Finding> serious = List.of(finding("A01", FindingSeverity.SERIOUS));
		rejects(InspectionOutcome.COMPLIANT, items, minor, "supervision.inspection.outcome.compliantWithFindings");
		rejects(InspectionOutcome.NON_COMPLIANT, items, minor, "supervision.inspection.outcome.nonCompliantWithoutSerious");
		rejects(InspectionOutcome.RECTIFY, List.of(item("A01", ChecklistResult.MET)), List.of(),
				"supervision.inspection.outcome.rectifyWithoutFindings");
		assertThatCode(() -> InspectionOutcomePolicy.check(InspectionOutcome.RECTIFY, items, minor)).doesNotThrowAnyException();
		assertThatCode(() -> InspectionOutcomePolicy.check(InspectionOutcome.RECTIFY, items, serious)).doesNotThrowAnyException();
		assertThatCode(() -> InspectionOutcomePolicy.check(InspectionOutcome.NON_COMPLIANT, items, serious))
			.doesNotThrowAnyException();
	}
}
