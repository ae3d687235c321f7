package org.tuoyu.messaging.menus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.tuoyu.institution.ClassType;

/** A written week in the institution's list: class type, week, status, how many dishes and planned days. */
public record WeekSummary(ClassType classType, LocalDate weekStart, WeekStatus status, int dishes, int plannedDays,
		OffsetDateTime publishedAt) {
}
