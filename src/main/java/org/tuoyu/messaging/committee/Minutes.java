package org.tuoyu.messaging.committee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The minutes of a committee meeting (会议纪要): when it met, who attended, what was said. */
public record Minutes(UUID id, LocalDate metOn, String title, String attendees, String text, String recordedByName,
		OffsetDateTime recordedAt) {
}
