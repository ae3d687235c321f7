package org.tuoyu.health;

/** How severe a child's allergic reaction is: 轻度, 中度, 重度 (a severe one may be life-threatening). */
public enum AllergySeverity {

	MILD, MODERATE, SEVERE;

	/** The message key of the display name. */
	public String messageKey() {
		return "health.allergy.severity." + name();
	}
}
