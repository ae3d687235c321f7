package org.tuoyu.health.internal;

import java.time.LocalDate;
import java.time.Period;

import org.tuoyu.health.HealthRules;

/**
 * When a child is next due for a health check (儿童保健: under one year four a year, one to three
 * years two a year): counted from the last check, admission or periodic, by the child's age on
 * that day. Without any check the admission check is due on the first day of the placement.
 */
public class ExaminationSchedule {

	private final HealthRules.Examination rules;

	public ExaminationSchedule(HealthRules.Examination rules) {
		this.rules = rules;
	}

	/**
	 * The day the next check is due, or {@code null} when none falls due before the child is
	 * {@code untilMonths} old.
	 */
	public LocalDate nextDue(LocalDate birthDate, LocalDate lastExaminedOn, LocalDate placementStart) {
		if (lastExaminedOn == null) {
			return placementStart;
		}
		int months = Period.between(birthDate, lastExaminedOn).toTotalMonths() < rules.infantUntilMonths()
				? rules.infantIntervalMonths() : rules.toddlerIntervalMonths();
		LocalDate due = lastExaminedOn.plusMonths(months);
		return due.isBefore(birthDate.plusMonths(rules.untilMonths())) ? due : null;
	}
}
