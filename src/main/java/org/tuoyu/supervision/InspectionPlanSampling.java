package org.tuoyu.supervision;

/** How a plan says how many institutions to draw. */
public enum InspectionPlanSampling {

	/** A percentage (1–100) of the eligible institutions, rounded up. */
	RATIO,
	/** A number of institutions (at most all eligible ones). */
	COUNT;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.plan.sampling." + name();
	}
}
