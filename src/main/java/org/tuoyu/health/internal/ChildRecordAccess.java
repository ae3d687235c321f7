package org.tuoyu.health.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.ConsentKind;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.health.RecordReach;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;

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
		boolean guardian = user.role() == Role.GUARDIAN
				&& family.guardianAccounts(childId).contains(user.accountId());
		EnrollmentRecord placement = placements.currentPlacement(childId).orElse(null);
		UUID placedAt = placement == null ? null : placement.institutionId();
		DivisionCode placedIn = placedAt == null || !user.role().isOfficer() ? null
				: institutions.disclosure(placedAt).institution().divisionCode();
		boolean consent = placedAt != null && !guardian && family.consentInForce(childId, ConsentKind.RECORD_SHARING);
		return RecordReachPolicy.reach(user, guardian, placedAt, placedIn, consent)
			.orElseThrow(() -> new NotFoundException("child"));
	}
}
