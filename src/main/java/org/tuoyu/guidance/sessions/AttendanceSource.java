package org.tuoyu.guidance.sessions;

/** How an attendance was recorded. */
public enum AttendanceSource {

	/** The guardian's phone scanned the session's QR code. */
	QR_CODE,
	/** The provider's worker ticked the list. */
	LIST,
	/** The provider's own system pushed it with an API token. */
	API;

	/** The message key of the source's name. */
	public String messageKey() {
		return "guidance.sessions.attendance.source." + name();
	}
}
