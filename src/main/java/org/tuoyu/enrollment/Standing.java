package org.tuoyu.enrollment;

import java.util.List;
import java.util.UUID;

import org.tuoyu.institution.ClassType;

/**
 * Where an application stands at one institution: its place in the line for the class type, the
 * reasons and points that put it there, and the places of that class type.
 * @param position 1 for the first in line
 * @param places places of the class type (before placements, all of them are free)
 */
public record Standing(UUID institutionId, String institutionName, int rank, ClassType classType, int position,
		int score, List<PriorityReason> reasons, int places) {

	/** Whether the application is within the places, i.e. next to be offered one. */
	public boolean withinPlaces() {
		return position <= places;
	}

	/** Months until a place is likely free: children leave the class type within about a year. */
	public int expectedWaitMonths() {
		if (withinPlaces() || places == 0) {
			return 0;
		}
		int perMonth = Math.max(1, places / 12);
		return (position - places + perMonth - 1) / perMonth;
	}
}
