package org.tuoyu.guidance.register;

/**
 * Whether a child counts in the register: only {@link #ACTIVE} children are in the denominator of
 * the guidance indicators; the others left it on the day they were marked, with a reason.
 */
public enum RegisterStatus {

	ACTIVE,
	/** 迁出 */
	MOVED_AWAY,
	/** 满3周岁 */
	AGED_OUT,
	/** 死亡 */
	DECEASED,
	/** 重复登记: merged into another entry */
	DUPLICATE;

	/** The message key of the status's name. */
	public String messageKey() {
		return "guidance.register.status." + name();
	}
}
