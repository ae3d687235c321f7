package org.tuoyu.health;

import java.util.UUID;

/**
 * How much of a child's health record a user may read: everything, or only what was recorded at
 * one institution (the child's current one, before the guardians consent to pass the record on).
 *
 * @param everything whether records made at every institution are visible
 * @param institutionId the institution whose own records are visible in any case
 */
public record RecordReach(boolean everything, UUID institutionId) {

	/** Whether a record made at the institution is within reach. */
	public boolean includes(UUID recordedAt) {
		return everything || institutionId != null && institutionId.equals(recordedAt);
	}
}
