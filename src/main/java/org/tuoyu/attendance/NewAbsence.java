package org.tuoyu.attendance;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** An absence a guardian reports for one of their children. */
public record NewAbsence(UUID childId, LocalDate firstDay, LocalDate lastDay, AbsenceReason reason,
		Set<Symptom> symptoms, String note) {

	public NewAbsence {
		symptoms = symptoms == null ? Set.of() : Set.copyOf(symptoms);
	}
}
