package org.tuoyu.supervision;

/** What a complaint (举报) is about. */
public enum ComplaintCategory {

	/** Safety hazards (安全隐患). */
	SAFETY,
	/** Suspected abuse of a child (疑似虐童). */
	SUSPECTED_ABUSE,
	/** Hygiene and food (卫生与膳食). */
	HYGIENE_FOOD,
	/** Fees and charges (收费). */
	FEES,
	/** Staff: qualifications, conduct, numbers (人员). */
	STAFF,
	/** Operating without filing or beyond it (无证/超范围经营). */
	UNLICENSED,
	/** Anything else. */
	OTHER;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.complaint.category." + name();
	}
}
