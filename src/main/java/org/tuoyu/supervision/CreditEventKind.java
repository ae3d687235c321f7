package org.tuoyu.supervision;

/** What changed an institution's credit score; points per kind come from {@link CreditRules}. */
public enum CreditEventKind {

	/** An inspection concluded compliant (合格). */
	GOOD_INSPECTION(false),
	/** Minor findings of an inspection; points per finding. */
	MINOR_FINDINGS(false),
	/** Serious findings of an inspection; points per finding. */
	SERIOUS_FINDINGS(false),
	/** An inspection concluded non-compliant (不合格). */
	NON_COMPLIANT_INSPECTION(false),
	/** A rectification order was escalated (逾期未整改). */
	RECTIFICATION_ESCALATED(false),
	/** A complaint (举报) was upheld. */
	COMPLAINT_UPHELD(false),
	/** An administrative penalty (行政处罚), recorded by a regulator. */
	PENALTY(true),
	/** A violation (违法违规) established outside an inspection, recorded by a regulator. */
	VIOLATION(true),
	/** A commendation (表彰), recorded by a regulator. */
	COMMENDATION(true);

	private final boolean manual;

	CreditEventKind(boolean manual) {
		this.manual = manual;
	}

	/** Whether regulators record it by hand (with a reason and a document number). */
	public boolean manual() {
		return manual;
	}

	public String messageKey() {
		return "supervision.credit.kind." + name();
	}
}
