package org.tuoyu.messaging.announcements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An announcement as a guardian receives it.
 *
 * @param read whether the guardian has opened it
 * @param acknowledgedAt when the family confirmed it has taken note, or {@code null}
 * @param acknowledgedBy the guardian who confirmed it
 * @param childNames the guardian's children it was sent for
 */
public record ReceivedAnnouncement(UUID id, String institutionName, String title, String body, String authorName,
		OffsetDateTime publishedAt, boolean read, boolean acknowledgementRequired, OffsetDateTime acknowledgedAt,
		String acknowledgedBy, List<String> childNames) {

	/** Whether the family still has to confirm it. */
	@JsonProperty
	public boolean awaitingAcknowledgement() {
		return acknowledgementRequired && acknowledgedAt == null;
	}
}
