package org.tuoyu.messaging.daily;

/** Which meal of the day (餐次). */
public enum Meal {

	/** 早餐 */
	BREAKFAST,
	/** 上午点心 */
	MORNING_SNACK,
	/** 午餐 */
	LUNCH,
	/** 下午点心 */
	AFTERNOON_SNACK,
	/** 晚餐 */
	SUPPER;

	public String messageKey() {
		return "messaging.daily.meal." + name();
	}
}
