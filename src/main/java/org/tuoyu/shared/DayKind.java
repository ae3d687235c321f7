package org.tuoyu.shared;

/** How a calendar exception overrides the default Monday-to-Friday working week. */
public enum DayKind {
	/** A rest day, even if it falls on a weekday (public holiday). */
	HOLIDAY,
	/** A working day, even if it falls on a weekend (adjusted working day, 调休上班). */
	WORKDAY
}
