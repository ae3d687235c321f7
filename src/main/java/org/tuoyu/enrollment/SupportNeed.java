package org.tuoyu.enrollment;

/** A family needing support (托底), as declared on the application. */
public enum SupportNeed {

	/** 低收入家庭 */
	LOW_INCOME,
	/** 残疾 (the child or a guardian) */
	DISABILITY,
	/** 多孩家庭 */
	MULTIPLE_CHILDREN;

	public String messageKey() {
		return "enrollment.support." + name();
	}
}
