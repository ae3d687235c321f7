package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An ad-hoc inspection a district opens.
 *
 * @param institutionId the institution, in the district's scope
 * @param inspectorAccountIds inspector accounts whose area covers the institution (at least one)
 * @param dueOn the day by which it is to be done (today or later)
 * @param reason why, e.g. a complaint follow-up
 */
public record NewInspection(UUID institutionId, List<UUID> inspectorAccountIds, LocalDate dueOn, String reason) {
}
