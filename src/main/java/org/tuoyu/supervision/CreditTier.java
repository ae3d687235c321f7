package org.tuoyu.supervision;

/** The credit tier that follows from the score by the bands of {@link CreditRules}, best first. */
public enum CreditTier {

	/** 守信. */
	A,
	/** 基本守信. */
	B,
	/** 失信风险. */
	C,
	/** 失信. */
	D;

	public String messageKey() {
		return "supervision.credit.tier." + name();
	}
}
