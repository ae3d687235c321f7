package org.tuoyu.staff;

/**
 * One of the head's (负责人) qualifications against the rule.
 * @param required the required value: an {@link Education} name, years or hours
 * @param actual the person's value, or {@code null} if not recorded
 */
public record QualificationCheck(Kind kind, String required, String actual, boolean met) {

	/** What is checked. */
	public enum Kind {
		EDUCATION, EXPERIENCE, TRAINING
	}
}
