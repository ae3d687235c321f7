package org.tuoyu.guidance.learning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One of a guardian's children under 3, with what the guidance register knows of it.
 *
 * @param familyChildId the child in the family module
 * @param name the child's name
 * @param birthDate the birth date
 * @param ageBand the child's age band today
 * @param registerId the child's register entry, or {@code null} before a community was chosen
 * @param divisionCode the street of residence in the register, or {@code null}
 * @param communityCode the community of residence in the register, or {@code null}
 * @param active whether the register entry counts (not moved away or merged)
 */
public record LearnerChild(UUID familyChildId, String name, LocalDate birthDate, AgeBand ageBand, UUID registerId,
		String divisionCode, String communityCode, boolean active) {

	/** Whether guidance services can be recorded for the child. */
	public boolean counts() {
		return registerId != null && active;
	}
}
