package org.tuoyu.messaging.announcements;

import java.util.List;
import java.util.UUID;

import org.tuoyu.platform.BusinessRuleException;

/**
 * What an announcement must have before it is published: an audience (and its class or at least
 * one family), a title of 1–60 and a text of 1–5,000 characters once trimmed. Institution-wide
 * announcements are the administrator's.
 */
final class AnnouncementPolicy {

	static final int MAX_TITLE = 60;

	static final int MAX_BODY = 5000;

	/** The most families one announcement chooses by hand. */
	static final int MAX_CHOSEN = 500;

	private AnnouncementPolicy() {
	}

	/**
	 * The announcement checked, its title and text trimmed.
	 *
	 * @param wholeInstitution whether the publisher may address every family of the institution
	 * @throws BusinessRuleException naming the first field at fault
	 */
	static NewAnnouncement checked(NewAnnouncement announcement, boolean wholeInstitution) {
		if (announcement.audience() == null) {
			throw new BusinessRuleException("audience", "messaging.announcements.audience.required");
		}
		if (announcement.audience() == Audience.INSTITUTION && !wholeInstitution) {
			throw new BusinessRuleException("audience", "messaging.announcements.audience.institutionOnlyAdmin");
		}
		if (announcement.audience() == Audience.CLASS && announcement.classId() == null) {
			throw new BusinessRuleException("classId", "messaging.announcements.class.required");
		}
		List<UUID> children = announcement.childIds() == null ? List.of()
				: announcement.childIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (announcement.audience() == Audience.FAMILIES && children.isEmpty()) {
			throw new BusinessRuleException("childIds", "messaging.announcements.families.required");
		}
		if (children.size() > MAX_CHOSEN) {
			throw new BusinessRuleException("childIds", "messaging.announcements.families.tooMany", MAX_CHOSEN);
		}
		String title = text("title", announcement.title(), MAX_TITLE);
		String body = text("body", announcement.body(), MAX_BODY);
		return new NewAnnouncement(announcement.audience(),
				announcement.audience() == Audience.CLASS ? announcement.classId() : null,
				announcement.audience() == Audience.FAMILIES ? children : List.of(), title, body,
				Boolean.TRUE.equals(announcement.acknowledgementRequired()));
	}

	private static String text(String field, String raw, int max) {
		String text = raw == null ? "" : raw.strip();
		if (text.isEmpty()) {
			throw new BusinessRuleException(field, "messaging.announcements." + field + ".required");
		}
		if (text.length() > max) {
			throw new BusinessRuleException(field, "messaging.announcements." + field + ".tooLong", max, text.length());
		}
		return text;
	}
}
