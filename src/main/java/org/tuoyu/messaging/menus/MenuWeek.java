package org.tuoyu.messaging.menus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.tuoyu.institution.ClassType;

/**
 * An institution's menu and plan of one week (Monday to Sunday) for one class type.
 *
 * @param id absent for a week not written yet
 * @param status absent for a week not written yet
 * @param days the days with content, in order
 */
public record MenuWeek(UUID id, ClassType classType, LocalDate weekStart, WeekStatus status, String updatedByName,
		OffsetDateTime updatedAt, OffsetDateTime publishedAt, List<MenuDay> days) {

	/** The Sunday that ends the week. */
	public LocalDate weekEnd() {
		return weekStart.plusDays(6);
	}

	public boolean published() {
		return status == WeekStatus.PUBLISHED;
	}

	/** Whether any dish of the week contains an allergen of the child concerned. */
	public boolean flagged() {
		return days.stream().flatMap(d -> d.meals().values().stream()).flatMap(List::stream).anyMatch(Dish::flagged);
	}
}
