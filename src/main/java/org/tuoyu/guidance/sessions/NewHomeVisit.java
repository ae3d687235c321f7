package org.tuoyu.guidance.sessions;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A home visit (入户指导) a community plans for one child of the register.
 *
 * @param childId the child of the register
 * @param commissionId a commission whose area covers the child's home
 * @param topicCode the curriculum topic
 * @param startsAt the start, in the city's time
 * @param endsAt the end, in the city's time
 */
public record NewHomeVisit(UUID childId, UUID commissionId, String topicCode, LocalDateTime startsAt,
		LocalDateTime endsAt) {
}
