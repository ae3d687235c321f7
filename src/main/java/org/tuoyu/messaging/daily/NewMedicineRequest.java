package org.tuoyu.messaging.daily;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A guardian's written request that the institution give their child medicine (服药委托): which
 * medication, the dose, at what times of which day (today when absent), and a note.
 */
public record NewMedicineRequest(UUID childId, LocalDate day, String medication, String dose, List<LocalTime> times,
		String note) {
}
