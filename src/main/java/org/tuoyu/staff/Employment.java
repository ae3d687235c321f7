package org.tuoyu.staff;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One job of a person at one institution; {@code endedOn} empty while it lasts. */
public record Employment(UUID id, UUID institutionId, String institutionName, StaffRole role, LocalDate startedOn,
		LocalDate endedOn) {

	@JsonProperty
	public boolean current() {
		return endedOn == null;
	}
}
