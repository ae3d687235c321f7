package org.tuoyu.messaging.daily;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.staff.StaffManagement;

/**
 * Which classes and children a staff member reaches, through the institution, staff and enrollment
 * facades: every class of their institution for the administrator and the health worker, the
 * classes assigned to the person a caregiver's account belongs to. A child is reached while
 * placed in such a class; anything else is not found.
 */
@Component
class DailyScope {

	private final InstitutionManagement institutions;

	private final StaffManagement staff;

	private final EnrollmentRecordManagement placements;

	DailyScope(InstitutionManagement institutions, StaffManagement staff, EnrollmentRecordManagement placements) {
		this.institutions = institutions;
		this.staff = staff;
		this.placements = placements;
	}

	/** The classes of the staff member's institution they record for, by name. */
	List<CareClass> classes(CurrentUser user) {
		DailyActions.requireRecorder(user);
		List<CareClass> all = institutions.detail(user, user.scope().institutionId()).classes();
		if (DailyActions.everyClass(user)) {
			return all;
		}
		Set<UUID> assigned = Set.copyOf(staff.classesOfAccount(user.accountId()));
		return all.stream().filter(c -> assigned.contains(c.id())).toList();
	}

	/** One class the staff member records for, or not found. */
	CareClass careClass(CurrentUser user, UUID classId) {
		return classes(user).stream()
			.filter(c -> c.id().equals(classId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("class"));
	}

	/**
	 * The children's current placements, all in classes the staff member records for and started by
	 * {@code day}: one child outside makes the whole lot not found.
	 */
	Map<UUID, EnrollmentRecord> placed(CurrentUser user, Collection<UUID> childIds, LocalDate day) {
		DailyActions.requireRecorder(user);
		UUID institution = user.scope().institutionId();
		Set<UUID> assigned = DailyActions.everyClass(user) ? null : Set.copyOf(staff.classesOfAccount(user.accountId()));
		Map<UUID, EnrollmentRecord> current = placements.currentPlacements(childIds);
		Map<UUID, EnrollmentRecord> found = new LinkedHashMap<>();
		for (UUID childId : childIds) {
			EnrollmentRecord placement = Optional.ofNullable(current.get(childId))
				.filter(p -> p.institutionId().equals(institution) && !p.startDate().isAfter(day)
						&& (assigned == null || assigned.contains(p.classId())))
				.orElseThrow(() -> new NotFoundException("child"));
			found.put(childId, placement);
		}
		return found;
	}

	/** The child's current placement, at any institution. No scope check: the caller checks the child is its own. */
	Optional<EnrollmentRecord> placement(UUID childId) {
		return placements.currentPlacement(childId);
	}

	/** The children placed in the class now who had started by {@code day}, by name. */
	List<EnrollmentRecord> children(UUID classId, LocalDate day) {
		return placements.placedIn(classId).stream().filter(p -> !p.startDate().isAfter(day)).toList();
	}

	/** The institution (its street is every row's division). */
	Institution institution(UUID institutionId) {
		Institution institution = institutions.institutionsByIds(List.of(institutionId)).get(institutionId);
		if (institution == null) {
			throw new NotFoundException("institution");
		}
		return institution;
	}
}
