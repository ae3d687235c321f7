package org.tuoyu.messaging.daily;

/** How a child seemed. */
public enum Mood {

	/** 开心 */
	HAPPY,
	/** 平静 */
	CALM,
	/** 哭闹 */
	CRYING,
	/** 不适 */
	UNWELL,
	/** 困倦 */
	SLEEPY;

	public String messageKey() {
		return "messaging.daily.mood." + name();
	}
}
