package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An inspector escalated a rectification order (not rectified, or not by its deadline); credit
 * counts it as a violation.
 *
 * @param orderId the rectification order
 * @param inspectionId the inspection it came from
 * @param institutionId the institution
 * @param escalatedOn the day it was escalated
 */
public record RectificationEscalated(UUID orderId, UUID inspectionId, UUID institutionId, LocalDate escalatedOn) {
}
