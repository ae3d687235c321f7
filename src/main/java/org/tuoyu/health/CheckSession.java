package org.tuoyu.health;

/** The session of a daily check: the morning check at arrival or the noon check after the nap. */
public enum CheckSession {

	MORNING, NOON;

	public String messageKey() {
		return "health.session." + name();
	}
}
