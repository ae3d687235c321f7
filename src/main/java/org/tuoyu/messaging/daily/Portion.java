package org.tuoyu.messaging.daily;

/** How much of a meal a child ate. */
public enum Portion {

	/** 全部 */
	ALL,
	/** 大部分 */
	MOST,
	/** 少量 */
	LITTLE,
	/** 未吃 */
	NONE;

	public String messageKey() {
		return "messaging.daily.portion." + name();
	}
}
