package org.tuoyu.supervision;

import java.util.UUID;

/**
 * Filters of the district's complaint queue; each is optional.
 *
 * @param status only complaints in this status
 * @param category only complaints of this category
 * @param overdueOnly only open complaints past their deadline
 * @param institutionId only complaints about this institution
 */
public record ComplaintFilter(ComplaintStatus status, ComplaintCategory category, boolean overdueOnly,
		UUID institutionId) {

	public static ComplaintFilter none() {
		return new ComplaintFilter(null, null, false, null);
	}
}
