package org.tuoyu.supervision;

/** Where a quality assessment stands. */
public enum QualityAssessmentStatus {

	/** The institution is filling it in. */
	DRAFT,
	/** Submitted, awaiting the regulator's review. */
	SUBMITTED,
	/** Returned by the regulator for the institution to revise and submit again. */
	RETURNED,
	/** Approved by the regulator: its grade is published. */
	APPROVED;

	/** Whether the institution may still change it. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	public String messageKey() {
		return "supervision.grading.status." + name();
	}
}
