package org.tuoyu.platform.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message in an inbox, stored as a message key with arguments.
 */
public record Notification(UUID id, String messageKey, List<String> arguments, String link, Instant createdAt,
		Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}
}
