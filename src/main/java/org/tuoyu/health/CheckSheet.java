package org.tuoyu.health;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The children of one class with their check of one day and session, for quick entry.
 *
 * @param rows the class's children by name, each with its check if already recorded
 */
public record CheckSheet(UUID classId, String className, LocalDate day, CheckSession session, List<Row> rows) {

	/** How many children of the class have been checked. */
	public long checked() {
		return rows.stream().filter(r -> r.check() != null).count();
	}

	/** One child of the class and its check, or {@code null} when not checked yet. */
	public record Row(UUID childId, String childName, DailyCheck check) {
	}
}
