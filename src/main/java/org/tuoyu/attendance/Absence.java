package org.tuoyu.attendance;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A reported absence. */
public record Absence(UUID id, UUID childId, String childName, LocalDate firstDay, LocalDate lastDay,
		AbsenceReason reason, Set<Symptom> symptoms, String note) {
}
