package org.tuoyu.supervision.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.supervision.ChecklistItem;
import org.tuoyu.supervision.ChecklistResult;
import org.tuoyu.supervision.Finding;
import org.tuoyu.supervision.FindingSeverity;
import org.tuoyu.supervision.InspectionOutcome;

/**
 * When an inspection may be concluded with an outcome: every item has a result; every item not
 * met has a finding and every finding is against an item not met; COMPLIANT only without findings,
 * RECTIFY only with findings, NON_COMPLIANT only with a serious finding.
 */
public final class InspectionOutcomePolicy {

	private InspectionOutcomePolicy() {
	}

	/** Checks an outcome against the recorded items and findings; throws the first broken rule. */
	public static void check(InspectionOutcome outcome, List<ChecklistItem> items, List<Finding> findings) {
		if (outcome == null) {
			throw new BusinessRuleException("outcome", "supervision.inspection.outcome.required");
		}
		for (ChecklistItem item : items) {
			if (item.result() == null) {
				throw new BusinessRuleException("outcome", "supervision.inspection.itemOpen", item.code());
			}
		}
		Set<String> withFindings = findings.stream().map(Finding::itemCode).collect(Collectors.toSet());
		for (ChecklistItem item : items) {
			boolean notMet = item.result() == ChecklistResult.NOT_MET;
			if (notMet && !withFindings.contains(item.code())) {
				throw new BusinessRuleException("outcome", "supervision.finding.requiredFor", item.code());
			}
			if (!notMet && withFindings.contains(item.code())) {
				throw new BusinessRuleException("outcome", "supervision.finding.onItemMet", item.code());
			}
		}
		boolean serious = findings.stream().anyMatch(f -> f.severity() == FindingSeverity.SERIOUS);
		switch (outcome) {
			case COMPLIANT -> {
				if (!findings.isEmpty()) {
					throw new BusinessRuleException("outcome", "supervision.inspection.outcome.compliantWithFindings");
				}
			}
			case RECTIFY -> {
				if (findings.isEmpty()) {
					throw new BusinessRuleException("outcome", "supervision.inspection.outcome.rectifyWithoutFindings");
				}
			}
			case NON_COMPLIANT -> {
				if (!serious) {
					throw new BusinessRuleException("outcome", "supervision.inspection.outcome.nonCompliantWithoutSerious");
				}
			}
		}
	}
}
