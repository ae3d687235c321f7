package org.tuoyu.health;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An admission or periodic examination as entered: the day, the result, the doctor and (optional)
 * facility, the hearing result, haemoglobin in g/L, a note and the doctor's document (PDF, JPEG or
 * PNG; required for the admission check).
 */
public record NewExamination(UUID childId, ExaminationKind kind, LocalDate examinedOn, Boolean passed,
		String doctorName, String facility, HearingResult hearing, Integer haemoglobin, String note, byte[] document) {

	/** The same examination with a document attached. */
	public NewExamination withDocument(byte[] content) {
		return new NewExamination(childId, kind, examinedOn, passed, doctorName, facility, hearing, haemoglobin, note,
				content);
	}
}
