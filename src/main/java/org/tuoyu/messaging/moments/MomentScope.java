package org.tuoyu.messaging.moments;

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
 * facades: every class of their institution for the administrator and the health worker, the classes
 * assigned to the person a caregiver's account belongs to. A child is reached while placed in such a
 * class; anything else is not found.
 */
@Component
class MomentScope {

	private final InstitutionManagement institutions;

	private final StaffManagement staff;

	private final EnrollmentRecordManagement placements;

	MomentScope(InstitutionManagement institutions, StaffManagement staff, EnrollmentRecordManagement placements) {
		this.institutions = institutions;
		this.staff = staff;
		this.placements = placements;
	}

	/** The classes of the staff member's institution they post for, by name. */
	List<CareClass> classes(CurrentUser user) {
		MomentActions.requireStaff(user);
		List<CareClass> all = institutions.detail(user, user.scope().institutionId()).classes();
		if (MomentActions.everyClass(user)) {
			return all;
		}
		Set<UUID> assigned = Set.copyOf(staff.classesOfAccount(user.accountId()));
		return all.stream().filter(c -> assigned.contains(c.id())).toList();
	}

	/**
	 * The children's current placements, all in classes the staff member reaches and started by
	 * {@code day}: one child outside makes the whole lot not found.
	 */
	Map<UUID, EnrollmentRecord> placed(CurrentUser user, Collection<UUID> childIds, LocalDate day) {
		MomentActions.requireStaff(user);
		UUID institution = user.scope().institutionId();
		Set<UUID> assigned = assignedClasses(user);
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

	/** The caregiver's assigned classes, or {@code null} for staff who reach every class. */
	Set<UUID> assignedClasses(CurrentUser user) {
		return MomentActions.everyClass(user) ? null : Set.copyOf(staff.classesOfAccount(user.accountId()));
	}

	/** The children placed now in the classes (started by {@code day}), by name. */
	List<EnrollmentRecord> children(UUID classId, LocalDate day) {
		return placements.placedIn(classId).stream().filter(p -> !p.startDate().isAfter(day)).toList();
	}

	/** The ids of the children placed now in the caregiver's classes. */
	List<UUID> classChildren(CurrentUser user, LocalDate day) {
		return classes(user).stream().flatMap(c -> children(c.id(), day).stream()).map(EnrollmentRecord::childId).toList();
	}

	/** The institution (its street is every row's division). */
	Institution institution(UUID institutionId) {
		Institution institution = institutions.institutionsByIds(List.of(institutionId)).get(institutionId);
		if (institution == null) {
			throw new NotFoundException("institution");
		}
		return institution;
	}

	/** The names of institutions, by id. */
	Map<UUID, Institution> institutions(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : institutions.institutionsByIds(ids.stream().distinct().toList());
	}
}
