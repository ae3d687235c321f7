package org.tuoyu.attendance;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Children and caregivers present in a class now against the class type's rule 1 : n.
 *
 * @param children children checked in now
 * @param caregivers caregivers checked in to the class now
 * @param childrenPerCaregiver the rule for the class type
 */
public record LiveRatio(int children, int caregivers, int childrenPerCaregiver) {

	/** More children than the caregivers present may look after. */
	@JsonProperty
	public boolean breached() {
		return children > (long) caregivers * childrenPerCaregiver;
	}
}
