package org.tuoyu.supervision;

/** The result of one checklist item: met, not met (needs a finding) or not applicable. */
public enum ChecklistResult {

	MET, NOT_MET, NOT_APPLICABLE;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.checklist.result." + name();
	}
}
