package org.tuoyu.guidance.sessions;

/**
 * A topic of the guidance curriculum: one theme for one age band.
 *
 * @param code the topic, e.g. {@code TODDLER_LANGUAGE}
 * @param fromMonths the band's first month of age
 * @param toMonths the month of age the band ends before
 * @param theme feeding, sleep, language, movement, safety, emotions or illness
 */
public record Topic(String code, int fromMonths, int toMonths, String theme) {

	/** Whether a child of this age in whole months is in the band. */
	public boolean suits(int ageMonths) {
		return ageMonths >= fromMonths && ageMonths < toMonths;
	}

	/** The message key of the topic's title. */
	public String messageKey() {
		return "guidance.sessions.topic." + code;
	}

	/** The message key of the age band's name. */
	public String bandKey() {
		return "guidance.sessions.band." + code.substring(0, code.length() - theme.length() - 1);
	}
}
