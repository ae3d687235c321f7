package org.tuoyu.messaging.announcements;

import java.util.List;
import java.util.UUID;

/**
 * Whom a publisher may address: every family (administrators), the classes they reach with the
 * number of children placed in each now, and those children to choose families from.
 */
public record AnnouncementAudience(boolean wholeInstitution, List<AudienceClass> classes, List<AudienceChild> children) {

	/** A class and its children placed now. */
	public record AudienceClass(UUID id, String name, int children) {
	}

	/** A child placed now, standing for its family. */
	public record AudienceChild(UUID childId, String name, UUID classId, String className) {
	}
}
