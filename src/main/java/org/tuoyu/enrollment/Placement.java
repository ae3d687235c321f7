package org.tuoyu.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import org.tuoyu.institution.ServiceForm;

/** A child's place in a class (入托), active until withdrawal or transfer ends it. */
public record Placement(UUID id, UUID childId, String childName, UUID classId, String className, LocalDate startDate,
		ServiceForm serviceForm) {
}
