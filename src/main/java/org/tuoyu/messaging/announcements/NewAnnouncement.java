package org.tuoyu.messaging.announcements;

import java.util.List;
import java.util.UUID;

/**
 * An announcement to publish.
 *
 * @param audience every family of the institution, one class's or chosen families
 * @param classId the class, for {@link Audience#CLASS}
 * @param childIds the chosen families by child, for {@link Audience#FAMILIES}
 * @param title 1–60 characters once trimmed
 * @param body 1–5,000 characters once trimmed
 * @param acknowledgementRequired whether each family is asked to confirm it has taken note (确认已知晓; absent: no)
 */
public record NewAnnouncement(Audience audience, UUID classId, List<UUID> childIds, String title, String body,
		Boolean acknowledgementRequired) {
}
