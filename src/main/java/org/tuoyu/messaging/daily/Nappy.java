package org.tuoyu.messaging.daily;

/** A nappy change or a visit to the toilet. */
public enum Nappy {

	/** 湿 */
	WET,
	/** 便 */
	SOILED,
	/** 如厕 */
	TOILET;

	public String messageKey() {
		return "messaging.daily.nappy." + name();
	}
}
