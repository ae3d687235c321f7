package org.tuoyu.health;

import java.time.LocalDate;
import java.util.UUID;

/**
 * When a child placed at an institution is next due for a health check: {@code dueOn} is null when
 * no further check is due under the schedule (three years old by then); {@code admitted} tells
 * whether a passed admission check is on file.
 */
public record ExaminationDue(UUID childId, String childName, String className, LocalDate birthDate,
		LocalDate lastExaminedOn, boolean admitted, LocalDate dueOn, boolean overdue) {
}
