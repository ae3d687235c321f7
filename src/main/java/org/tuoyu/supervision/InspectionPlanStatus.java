package org.tuoyu.supervision;

/** Where a plan is in its draw: editable draft, sealed (seed hash published) or drawn (result published). */
public enum InspectionPlanStatus {

	DRAFT, SEALED, DRAWN;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.plan.status." + name();
	}
}
