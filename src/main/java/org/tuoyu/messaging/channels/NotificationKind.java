package org.tuoyu.messaging.channels;

/**
 * What a notification is about, as a guardian chooses what goes out: recognised from its message
 * key's feature (conversations, daily report, announcements, photos); anything else (applications,
 * vouchers, guidance bookings…) is {@link #OTHERS}.
 */
public enum NotificationKind {

	MESSAGES("messaging.conversations."), DAILY_SUMMARY("messaging.daily."), ANNOUNCEMENTS("messaging.announcements."),
	PHOTOS("messaging.moments."), OTHERS(null);

	private final String keyPrefix;

	NotificationKind(String keyPrefix) {
		this.keyPrefix = keyPrefix;
	}

	/** The kind of a notification by its message key. */
	public static NotificationKind of(String messageKey) {
		for (NotificationKind kind : values()) {
			if (kind.keyPrefix != null && messageKey != null && messageKey.startsWith(kind.keyPrefix)) {
				return kind;
			}
		}
		return OTHERS;
	}
}
