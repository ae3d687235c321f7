package org.tuoyu.guidance.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Parenting-knowledge awareness of an area in a year: respondents scoring at least the pass mark
 * of the questionnaire they answered ÷ respondents. A guardian who answered twice in the year (two
 * versions) counts once, with the latest answer.
 *
 * @param divisionCode the area
 * @param name the area's name, or {@code null} when not looked up
 * @param year the calendar year
 * @param passed respondents who reached the pass mark
 * @param respondents respondents
 */
public record Awareness(String divisionCode, String name, int year, long passed, long respondents) {

	/** The awareness rate in percent with one decimal, or {@code null} without respondents. */
	public BigDecimal percent() {
		return respondents == 0 ? null
				: BigDecimal.valueOf(passed * 100).divide(BigDecimal.valueOf(respondents), 1, RoundingMode.HALF_UP);
	}
}
