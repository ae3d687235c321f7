package org.tuoyu.guidance.sessions;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

import org.tuoyu.guidance.services.ServiceKind;

/**
 * A session a provider's worker schedules under one of the provider's commissions.
 *
 * @param commissionId the commission
 * @param kind any kind but a home visit (planned by the community) or an online course
 * @param topicCode the curriculum topic
 * @param divisionCode the community or street of the place, inside the commission's area (online: optional)
 * @param place the address or room, for sessions in person
 * @param latitude the place's latitude (GCJ-02), optional, with the longitude
 * @param longitude the place's longitude (GCJ-02), optional, with the latitude
 * @param onlineUrl the streaming link, for live and recorded online sessions
 * @param capacity the seats
 * @param startsAt the start, in the city's time
 * @param endsAt the end, in the city's time
 */
public record NewSession(UUID commissionId, ServiceKind kind, String topicCode, String divisionCode, String place,
		BigDecimal latitude, BigDecimal longitude, String onlineUrl, Integer capacity, LocalDateTime startsAt,
		LocalDateTime endsAt) {
}
