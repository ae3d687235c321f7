package org.tuoyu.supervision;

/** The quality grade (等级) an approved assessment's total maps to by {@link GradingRules}, best first. */
public enum Grade {

	/** 优秀. */
	EXCELLENT,
	/** 良好. */
	GOOD,
	/** 合格. */
	PASS,
	/** 不合格. */
	FAIL;

	public String messageKey() {
		return "supervision.grading.grade." + name();
	}
}
