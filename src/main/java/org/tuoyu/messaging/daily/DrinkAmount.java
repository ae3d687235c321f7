package org.tuoyu.messaging.daily;

/** How much a child drank when nobody measured it. */
public enum DrinkAmount {

	/** 少 */
	LITTLE,
	/** 适量 */
	MODERATE,
	/** 多 */
	MUCH;

	public String messageKey() {
		return "messaging.daily.drink." + name();
	}
}
