package org.tuoyu.health.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.ConsentKind;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.health.RecordReach;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;

/**
 * Finds how much of a child's health record a user may read ({@link RecordReachPolicy}) from the
 * child's guardians, current placement and record-sharing consent; outside it, not found.
 */
@Component
public class ChildRecordAccess {

	private final FamilyManagement family;

	private final EnrollmentRecordManagement placements;

	private final InstitutionManagement institutions;

	ChildRecordAccess(FamilyManagement family, EnrollmentRecordManagement placements, InstitutionManagement institutions) {
		this.family = family;
		this.placements = placements;
		this.institutions = institutions;
	}

	/** The user's reach into the child's record, or {@link NotFoundException}. */
	public RecordReach reach(CurrentUser user, UUID childId) {
		if (user == null || childId == null) {
			throw new NotFoundException("child");
		}
		boolean guardian = user.role() == Role.GUARDIAN && family.guardianAccounts(childId).contains(user.accountId());
		UUID placedAt = placements.currentPlacement(childId).map(p -> p.institutionId()).orElse(null);
		boolean over = false;
		if (!guardian && placedAt != null) {
			Institution institution = institutions.institutionsByIds(Set.of(placedAt)).get(placedAt);
			over = institution != null && InstitutionManagement.visible(user, institution);
		}
		boolean consent = over && family.consentInForce(childId, ConsentKind.RECORD_SHARING);
		return RecordReachPolicy.reach(guardian, placedAt, over, consent).orElseThrow(() -> new NotFoundException("child"));
	}
}
