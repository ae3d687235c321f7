package org.tuoyu.health;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;

/**
 * The institution scope of health records: the staff member's institution, its classes and the
 * children placed there. Anything else is not found.
 */
@Component
class HealthPlaces {

	private final InstitutionManagement institutions;

	private final PlacementManagement placements;

	HealthPlaces(InstitutionManagement institutions, PlacementManagement placements) {
		this.institutions = institutions;
		this.placements = placements;
	}

	/** A child placed at the user's institution. */
	record Placed(EnrollmentRecord record, Institution institution) {
	}

	/** One of the user's institution's classes. */
	record ClassAt(CareClass careClass, Institution institution) {
	}

	InstitutionDetail own(CurrentUser user) {
		return institutions.own(user);
	}

	/** The children placed at the staff member's institution. */
	List<EnrollmentRecord> roster(CurrentUser user) {
		return placements.roster(user, own(user).institution().id());
	}

	Placed placed(CurrentUser user, UUID childId) {
		InstitutionDetail detail = own(user);
		return placements.roster(user, detail.institution().id())
			.stream()
			.filter(r -> r.childId().equals(childId))
			.findFirst()
			.map(r -> new Placed(r, detail.institution()))
			.orElseThrow(() -> new NotFoundException("child"));
	}

	ClassAt ownClass(CurrentUser user, UUID classId) {
		InstitutionDetail detail = own(user);
		return detail.classes()
			.stream()
			.filter(c -> c.id().equals(classId))
			.findFirst()
			.map(c -> new ClassAt(c, detail.institution()))
			.orElseThrow(() -> new NotFoundException("class"));
	}
}
