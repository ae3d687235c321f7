package org.tuoyu.health;

/** What a daily check decided: the child attends, is kept under observation or is sent home. */
public enum CheckOutcome {

	ATTEND, OBSERVE, SENT_HOME;

	public String messageKey() {
		return "health.outcome." + name();
	}
}
