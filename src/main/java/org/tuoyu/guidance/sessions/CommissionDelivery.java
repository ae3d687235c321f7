package org.tuoyu.guidance.sessions;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a commission has delivered so far (委托服务完成情况): its sessions with attendance and the
 * families' ratings, for the commissioning officers and the provider.
 *
 * @param commission the commission
 * @param held sessions that have ended and were not cancelled
 * @param cancelled sessions the provider cancelled
 * @param attendances attendances recorded (each a free guidance service)
 * @param children different children who came at least once
 * @param averageRating the families' average stars (1–5), or {@code null} before the first rating
 * @param ratings how many ratings were given
 * @param sessions every session of the commission, the latest first
 * @param latestRatings the latest ratings with their comments, without the families' names
 */
public record CommissionDelivery(Commission commission, int held, int cancelled, long attendances, long children,
		BigDecimal averageRating, long ratings, List<DeliveredSession> sessions, List<SessionRating> latestRatings) {

	/** Sessions still to hold out of those commissioned. */
	public int remaining() {
		return Math.max(0, commission.sessions() - commission.scheduled());
	}
}
