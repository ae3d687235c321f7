package org.tuoyu.supervision;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Schedules one inspection per drawn institution when a draw is made; a redelivered event
 * schedules nothing twice (one inspection per draw and institution).
 */
@Component
class InspectionScheduler {

	private final InspectionManagement inspections;

	InspectionScheduler(InspectionManagement inspections) {
		this.inspections = inspections;
	}

	@ApplicationModuleListener
	void on(DrawMade draw) {
		for (DrawMade.Assignment assignment : draw.assignments()) {
			inspections.scheduleDrawn(draw, assignment);
		}
	}
}
