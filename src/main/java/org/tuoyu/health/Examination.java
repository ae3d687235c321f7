package org.tuoyu.health;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded admission or periodic examination of a child, at the institution where it was
 * recorded; {@code hasDocument} when a document is on file.
 */
public record Examination(UUID id, UUID childId, String childName, ExaminationKind kind, LocalDate examinedOn,
		boolean passed, String doctorName, String facility, HearingResult hearing, Integer haemoglobin, String note,
		boolean hasDocument, UUID institutionId) {
}
