package org.tuoyu.staff;

import java.util.List;
import java.util.UUID;

import org.tuoyu.institution.ClassType;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Staffing of one class against its type: planned size (capacity) within the maximum, and enough
 * assigned caregivers for the ratio.
 * @param childrenPerCaregiver the ratio's second term (1 : n)
 * @param caregiversNeeded caregivers the planned size needs at that ratio
 */
public record ClassStaffing(UUID classId, String className, ClassType type, int plannedSize, int maxSize,
		int childrenPerCaregiver, List<String> caregivers, int caregiversNeeded) {

	@JsonProperty
	public int caregiverShortfall() {
		return Math.max(0, caregiversNeeded - caregivers.size());
	}

	@JsonProperty
	public boolean oversize() {
		return plannedSize > maxSize;
	}

	@JsonProperty
	public boolean compliant() {
		return caregiverShortfall() == 0 && !oversize();
	}
}
