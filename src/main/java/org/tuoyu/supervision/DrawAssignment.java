package org.tuoyu.supervision;

import java.util.List;
import java.util.UUID;

/**
 * One drawn institution with its drawn inspectors, named where the names are known.
 *
 * @param position 1-based draw order
 * @param institutionId the institution
 * @param institutionName its name, or {@code null} if unknown here
 * @param inspectors the drawn inspectors in draw order
 * @param missing inspectors that could not be drawn because too few were free of conflicts
 */
public record DrawAssignment(int position, UUID institutionId, String institutionName, List<Inspector> inspectors,
		int missing) {

	public DrawAssignment {
		inspectors = List.copyOf(inspectors);
	}

	/**
	 * A drawn inspector.
	 * @param accountId the inspector's account
	 * @param displayName the name, or {@code null} if unknown here
	 */
	public record Inspector(UUID accountId, String displayName) {
	}
}
