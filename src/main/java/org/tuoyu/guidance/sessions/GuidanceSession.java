package org.tuoyu.guidance.sessions;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.tuoyu.guidance.services.ServiceKind;

/**
 * A guidance session (指导活动) under a commission.
 *
 * @param id the session
 * @param commissionId the commission it is run under
 * @param providerId the provider running it
 * @param providerName the provider's name
 * @param kind home visit, group class, parent–child activity, consultation, live or recorded online
 * @param topic the curriculum topic
 * @param divisionCode where it takes place: a community, a street, or the commission's area when online
 * @param divisionName that division's name
 * @param place the address or room, for sessions in person
 * @param latitude the place's latitude (GCJ-02), if given
 * @param longitude the place's longitude (GCJ-02), if given
 * @param onlineUrl the link to the provider's streaming platform, for online sessions
 * @param capacity the seats
 * @param booked the seats taken
 * @param waitlisted the places on the waitlist
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param free whether it is free for families (always, under a commission)
 * @param cancelled whether it was cancelled
 * @param cancelReason why it was cancelled, told to the families who had booked it
 */
public record GuidanceSession(UUID id, UUID commissionId, UUID providerId, String providerName, ServiceKind kind,
		Topic topic, String divisionCode, String divisionName, String place, BigDecimal latitude, BigDecimal longitude,
		String onlineUrl, int capacity, int booked, int waitlisted, OffsetDateTime startsAt, OffsetDateTime endsAt,
		boolean free, boolean cancelled, String cancelReason) {

	/** The same session with its division's name. */
	public GuidanceSession named(String name) {
		return new GuidanceSession(id, commissionId, providerId, providerName, kind, topic, divisionCode, name, place,
				latitude, longitude, onlineUrl, capacity, booked, waitlisted, startsAt, endsAt, free, cancelled, cancelReason);
	}

	/** Seats still free. */
	public int seatsLeft() {
		return Math.max(0, capacity - booked);
	}

	/** Whether it takes place online (a link instead of a place). */
	public boolean online() {
		return onlineUrl != null;
	}

	/** The message key of the kind's name. */
	public String kindKey() {
		return kind.messageKey();
	}
}
