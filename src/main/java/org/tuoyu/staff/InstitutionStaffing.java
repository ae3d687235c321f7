package org.tuoyu.staff;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An institution's staffing: each class, and health workers against one per
 * {@code childrenPerHealthWorker} places.
 */
public record InstitutionStaffing(UUID institutionId, String institutionName, int places, int healthWorkers,
		int healthWorkersNeeded, List<ClassStaffing> classes) {

	@JsonProperty
	public int healthWorkerShortfall() {
		return Math.max(0, healthWorkersNeeded - healthWorkers);
	}

	@JsonProperty
	public int caregiverShortfall() {
		return classes.stream().mapToInt(ClassStaffing::caregiverShortfall).sum();
	}

	@JsonProperty
	public boolean compliant() {
		return healthWorkerShortfall() == 0 && classes.stream().allMatch(ClassStaffing::compliant);
	}
}
