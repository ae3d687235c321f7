package org.tuoyu.attendance;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Daily attendance rules ({@code tuoyu.rules.attendance.*}).
 *
 * @param expectedBy a child expected but neither checked in nor reported absent by then is flagged
 * for follow-up (default 09:30)
 * @param pickUpBy a check-out after this time is a late pick-up (default 17:30)
 * @param reexaminationAfterDays a child away this many days or more needs a passed
 * re-examination before the next check-in (default 90, three months)
 * @param breachReportMinutes a ratio breach lasting longer appears on the district's view
 * (default 15)
 */
@ConfigurationProperties("tuoyu.rules.attendance")
public record AttendanceRules(LocalTime expectedBy, LocalTime pickUpBy, Integer reexaminationAfterDays,
		Integer breachReportMinutes) {

	public AttendanceRules {
		expectedBy = expectedBy == null ? LocalTime.of(9, 30) : expectedBy;
		pickUpBy = pickUpBy == null ? LocalTime.of(17, 30) : pickUpBy;
		reexaminationAfterDays = reexaminationAfterDays == null ? 90 : reexaminationAfterDays;
		breachReportMinutes = breachReportMinutes == null ? 15 : breachReportMinutes;
	}
}
