package org.tuoyu.health;

/**
 * How a child's length was measured: lying down (recumbent length, 卧位身长, the rule under two
 * years) or standing (height, 立位身高, the rule from two years).
 */
public enum LengthMethod {

	LYING, STANDING;

	public String messageKey() {
		return "growth.lengthMethod." + name();
	}
}
