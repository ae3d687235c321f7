package org.tuoyu.health;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded re-examination (返园体检) of a child back after a long absence. */
public record Reexamination(UUID id, UUID childId, String childName, LocalDate examinedOn, boolean passed,
		String note) {
}
