package org.tuoyu.supervision;

import java.util.List;
import java.util.UUID;

/**
 * An enrolled inspector (执法检查人员) with the institutions they declared having worked at.
 *
 * @param accountId the inspector's officer account
 * @param displayName the name shown on draws
 * @param divisionCode the city or district the inspector works in
 * @param divisionName its name
 * @param active whether the inspector is drawn
 * @param workplaces former workplaces, never drawn for this inspector
 */
public record Inspector(UUID accountId, String displayName, String divisionCode, String divisionName, boolean active,
		List<Workplace> workplaces) {

	public Inspector {
		workplaces = List.copyOf(workplaces);
	}

	/**
	 * A declared former workplace.
	 * @param institutionId the institution
	 * @param institutionName its name
	 */
	public record Workplace(java.util.UUID institutionId, String institutionName) {
	}
}
