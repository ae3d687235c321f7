package org.tuoyu.platform;

import java.time.LocalDate;

/**
 * Working days of the city's calendar: weekends and public holidays are rest days, adjusted
 * weekend working days count. Used for statutory deadlines (e.g. 5 working days to file).
 */
public interface WorkingDays {

	boolean isWorkingDay(LocalDate day);

	/** The date {@code days} working days after {@code start} (start itself not counted). */
	LocalDate plusWorkingDays(LocalDate start, int days);
}
