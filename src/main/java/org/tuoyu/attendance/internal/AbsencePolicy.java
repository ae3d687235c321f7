package org.tuoyu.attendance.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.tuoyu.attendance.AbsenceReason;
import org.tuoyu.attendance.ChildStatus;
import org.tuoyu.attendance.NewAbsence;
import org.tuoyu.platform.BusinessRuleException;

/**
 * Absences and the day's status of a child. A guardian reports from a week back to two months
 * ahead, for at most 31 days; an illness names its symptoms. A child expected today is
 * unexplained once the follow-up time has passed without a check-in or a reported absence; one
 * away for the configured number of days or more needs a re-examination first.
 */
public final class AbsencePolicy {

	private static final int DAYS_BACK = 7;

	private static final int MONTHS_AHEAD = 2;

	private static final int LONGEST = 31;

	private AbsencePolicy() {
	}

	public static void check(NewAbsence absence, LocalDate today) {
		if (absence.firstDay() == null) {
			throw new BusinessRuleException("firstDay", "attendance.field.required");
		}
		if (absence.lastDay() == null) {
			throw new BusinessRuleException("lastDay", "attendance.field.required");
		}
		if (absence.reason() == null) {
			throw new BusinessRuleException("reason", "attendance.field.required");
		}
		if (absence.firstDay().isBefore(today.minusDays(DAYS_BACK)) || absence.firstDay().isAfter(today.plusMonths(MONTHS_AHEAD))) {
			throw new BusinessRuleException("firstDay", "attendance.absence.firstDay", DAYS_BACK, MONTHS_AHEAD);
		}
		if (absence.lastDay().isBefore(absence.firstDay())
				|| ChronoUnit.DAYS.between(absence.firstDay(), absence.lastDay()) >= LONGEST) {
			throw new BusinessRuleException("lastDay", "attendance.absence.lastDay", LONGEST);
		}
		if (absence.reason() == AbsenceReason.ILLNESS && absence.symptoms().isEmpty()) {
			throw new BusinessRuleException("symptoms", "attendance.absence.symptoms");
		}
		if (absence.note() != null && absence.note().length() > 200) {
			throw new BusinessRuleException("note", "attendance.note.length", 200);
		}
	}

	/** Where a child stands today from what was recorded. */
	public static ChildStatus status(boolean present, boolean visited, boolean absent, boolean followedUp, LocalTime now,
			LocalTime expectedBy) {
		if (present) {
			return ChildStatus.PRESENT;
		}
		if (visited) {
			return ChildStatus.LEFT;
		}
		if (absent) {
			return ChildStatus.ABSENT;
		}
		if (followedUp) {
			return ChildStatus.FOLLOWED_UP;
		}
		return now.isBefore(expectedBy) ? ChildStatus.EXPECTED : ChildStatus.UNEXPLAINED;
	}

	/** Whether a child last here on {@code lastDay} needs a re-examination before coming back today. */
	public static boolean awayTooLong(LocalDate lastDay, LocalDate today, int days) {
		return lastDay != null && ChronoUnit.DAYS.between(lastDay, today) >= days;
	}
}
