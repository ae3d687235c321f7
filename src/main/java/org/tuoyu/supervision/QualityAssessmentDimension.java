package org.tuoyu.supervision;

/** The 7 dimensions of the childcare quality assessment standard WS/T 821-2023. */
public enum QualityAssessmentDimension {

	/** 办托条件. */
	CONDITIONS,
	/** 托育队伍. */
	STAFF,
	/** 保育照护. */
	CARE,
	/** 卫生保健. */
	HEALTH_CARE,
	/** 养育支持. */
	PARENTING_SUPPORT,
	/** 安全保障. */
	SAFETY,
	/** 机构管理. */
	MANAGEMENT;

	public String messageKey() {
		return "supervision.grading.dimension." + name();
	}
}
