package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A double-random draw was made: each drawn institution is to be inspected by the drawn inspectors
 * within the plan's period.
 *
 * @param drawId the draw
 * @param planId the inspection plan the draw belongs to
 * @param divisionCode the division the plan covers (city or district)
 * @param periodStart first day of the plan's period
 * @param periodEnd last day of the plan's period; inspections are due by then
 * @param assignments the drawn institutions with their inspectors, in draw order
 */
public record DrawMade(UUID drawId, UUID planId, String divisionCode, LocalDate periodStart, LocalDate periodEnd,
		List<Assignment> assignments) {

	public DrawMade {
		assignments = List.copyOf(assignments);
	}

	/**
	 * One drawn institution.
	 * @param institutionId the institution to inspect
	 * @param inspectorAccountIds the accounts of the inspectors drawn for it (at least one)
	 */
	public record Assignment(UUID institutionId, List<UUID> inspectorAccountIds) {

		public Assignment {
			inspectorAccountIds = List.copyOf(inspectorAccountIds);
		}
	}
}
