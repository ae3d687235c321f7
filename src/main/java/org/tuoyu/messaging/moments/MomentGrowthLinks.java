package org.tuoyu.messaging.moments;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.health.GrowthRecordLink;
import org.tuoyu.health.GrowthRecordLinks;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;

/**
 * The moments on a child's growth record: how many moments and photos the child is in, as the reader
 * sees them, with a link to them — for the child's guardians and the staff who reach the child, nobody
 * else (officers read growth records, not moments).
 */
@Component
class MomentGrowthLinks implements GrowthRecordLinks {

	private final MomentManagement moments;

	MomentGrowthLinks(MomentManagement moments) {
		this.moments = moments;
	}

	@Override
	public List<GrowthRecordLink> linksFor(CurrentUser user, UUID childId) {
		if (user.role() != Role.GUARDIAN && !MomentActions.staff(user)) {
			return List.of();
		}
		try {
			MomentCount count = moments.count(user, childId);
			String page = user.role() == Role.GUARDIAN ? "/family/moments" : "/org/moments";
			return List.of(new GrowthRecordLink("messaging.moments.growth.link", List.of(count.moments(), count.photos()),
					page + "?childId=" + childId));
		}
		catch (NotFoundException outOfReach) {
			return List.of();
		}
	}
}
