package org.tuoyu.health;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Health rules ({@code tuoyu.rules.health.*}); defaults follow the national standard.
 *
 * @param feverFrom the temperature (°C) from which a check counts as fever (default 37.3)
 * @param outbreak thresholds of an outbreak signal
 * @param seriousReportHours hours after a serious incident by which the district is told (default 2)
 * @param examination the schedule of periodic health checks
 * @param immunisation when guardians are reminded of a catch-up vaccination
 */
@ConfigurationProperties("tuoyu.rules.health")
public record HealthRules(BigDecimal feverFrom, Outbreak outbreak, Integer seriousReportHours, Examination examination,
		Immunisation immunisation) {

	public HealthRules {
		feverFrom = feverFrom == null ? new BigDecimal("37.3") : feverFrom;
		outbreak = outbreak == null ? new Outbreak(null, null, null) : outbreak;
		seriousReportHours = seriousReportHours == null ? 2 : seriousReportHours;
		examination = examination == null ? new Examination(null, null, null, null) : examination;
		immunisation = immunisation == null ? new Immunisation(null, null) : immunisation;
	}

	/**
	 * The same symptom in one class: {@code sameDay} or more children in a day, or
	 * {@code windowCount} or more within {@code windowDays} calendar days (today and the days before).
	 */
	public record Outbreak(Integer sameDay, Integer windowCount, Integer windowDays) {

		public Outbreak {
			sameDay = sameDay == null ? 3 : sameDay;
			windowCount = windowCount == null ? 5 : windowCount;
			windowDays = windowDays == null ? 3 : windowDays;
		}
	}

	/**
	 * Periodic checks: a child younger than {@code infantUntilMonths} (12) at the last check is
	 * due again {@code infantIntervalMonths} (3) later, an older one {@code toddlerIntervalMonths}
	 * (6) later; none falls due from {@code untilMonths} (36).
	 */
	public record Examination(Integer infantIntervalMonths, Integer toddlerIntervalMonths, Integer infantUntilMonths,
			Integer untilMonths) {

		public Examination {
			infantIntervalMonths = infantIntervalMonths == null ? 3 : infantIntervalMonths;
			toddlerIntervalMonths = toddlerIntervalMonths == null ? 6 : toddlerIntervalMonths;
			infantUntilMonths = infantUntilMonths == null ? 12 : infantUntilMonths;
			untilMonths = untilMonths == null ? 36 : untilMonths;
		}
	}

	/**
	 * Catch-up reminders: sent when the catch-up is due within {@code remindDaysBefore} (14) days
	 * or overdue, again at most every {@code remindEveryDays} (7) days.
	 */
	public record Immunisation(Integer remindDaysBefore, Integer remindEveryDays) {

		public Immunisation {
			remindDaysBefore = remindDaysBefore == null ? 14 : remindDaysBefore;
			remindEveryDays = remindEveryDays == null ? 7 : remindEveryDays;
		}
	}
}
