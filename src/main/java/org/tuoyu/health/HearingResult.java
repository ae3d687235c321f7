package org.tuoyu.health;

/** The result of a hearing screen (听力筛查): passed, referred for further tests, or not done. */
public enum HearingResult {

	PASS, REFER, NOT_DONE;

	public String messageKey() {
		return "health.examination.hearing." + name();
	}
}
