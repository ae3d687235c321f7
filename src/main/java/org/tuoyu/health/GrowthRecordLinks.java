package org.tuoyu.health;

import java.util.List;
import java.util.UUID;

import org.tuoyu.platform.CurrentUser;

/**
 * What other modules add to a child's growth record page (成长档案) — an SPI, so the record shows, for
 * example, how many moments (photos) the child is in without the health module depending on the module
 * that keeps them. Implementations check the user's reach themselves and answer nothing for a user who
 * does not see their records.
 */
public interface GrowthRecordLinks {

	/**
	 * Links about the child for the user, shown on the child's growth record (which the user is reading).
	 * Empty when the user sees nothing of the kind.
	 */
	List<GrowthRecordLink> linksFor(CurrentUser user, UUID childId);
}
