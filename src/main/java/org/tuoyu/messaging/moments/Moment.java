package org.tuoyu.messaging.moments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A moment as the reader sees it.
 *
 * @param id the moment
 * @param institutionId the institution that posted it
 * @param institutionName its name
 * @param note the short note, or {@code null}
 * @param postedByName who posted it
 * @param postedAt when
 * @param children the tagged children the reader is shown: for staff every tagged child whose photo
 *        consent is in force, for a guardian their own such children
 * @param photos the photos, in order
 * @param withdrawable whether the reader may withdraw it (its author or the administrator)
 */
public record Moment(UUID id, UUID institutionId, String institutionName, String note, String postedByName,
		OffsetDateTime postedAt, List<TaggedChild> children, List<MomentPhoto> photos, boolean withdrawable) {

	/**
	 * A child tagged in a moment.
	 *
	 * @param childId the child
	 * @param name the child's name
	 */
	public record TaggedChild(UUID childId, String name) {
	}
}
