package org.tuoyu.enrollment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.ServiceForm;

/** An application with its standing at each chosen institution, in the guardian's order. */
public record Application(UUID id, UUID childId, String childName, LocalDate desiredStart, ServiceForm serviceForm,
		ClassType classType, String status, OffsetDateTime createdAt, List<Standing> standings) {
}
