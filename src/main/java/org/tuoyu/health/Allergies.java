package org.tuoyu.health;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.health.internal.AllergyRows;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;

/**
 * Children's allergies (过敏信息). A guardian records them on the phone and withdraws one the child
 * has outgrown; the health worker of the institution where the child is placed confirms them
 * (until then they are shown as unconfirmed). The child's guardians and the staff of that
 * institution read them — the staff for every child placed there, so that a menu's dishes can be
 * checked against them. Other roles never have these actions (403); a child out of reach is not
 * found. Every read and write is audited.
 */
@Service
public class Allergies {

	private final AllergyRows rows;

	private final HealthPlaces places;

	private final FamilyManagement family;

	private final AuditLog audit;

	private final Clock clock;

	Allergies(AllergyRows rows, HealthPlaces places, FamilyManagement family, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.places = places;
		this.family = family;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A guardian records an allergy of their child, unconfirmed.
	 *
	 * @return the allergy's id
	 * @throws BusinessRuleException for a missing or too long allergen or reaction, no severity, or
	 *         an allergen the child has on record already
	 */
	@Transactional
	public UUID record(CurrentUser user, NewAllergy allergy) {
		requireGuardian(user);
		if (allergy.childId() == null) {
			throw new BusinessRuleException("childId", "health.field.required");
		}
		family.child(user, allergy.childId());
		AllergyPolicy.Checked checked = AllergyPolicy.check(allergy);
		UUID id = UuidV7.next();
		if (!rows.insert(id, allergy.childId(), checked.allergen(), checked.reaction(), checked.severity(),
				user.accountId(), user.displayName(), OffsetDateTime.now(clock))) {
			throw new BusinessRuleException("allergen", "health.allergy.duplicate", checked.allergen());
		}
		audit.record(AuditEntry.of("health.allergy.record", "child", allergy.childId()).withDetails(checked.allergen()));
		return id;
	}

	/** A guardian withdraws an allergy of their child (outgrown, or recorded by mistake); the record stays. */
	@Transactional
	public void withdraw(CurrentUser user, UUID allergyId) {
		requireGuardian(user);
		AllergyRows.Standing allergy = standing(allergyId);
		family.child(user, allergy.childId());
		rows.withdraw(allergyId, OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("health.allergy.withdraw", "child", allergy.childId()));
	}

	/**
	 * The health worker of the institution where the child is placed confirms an allergy.
	 *
	 * @throws BusinessRuleException when it is confirmed already
	 */
	@Transactional
	public void confirm(CurrentUser user, UUID allergyId) {
		if (user.role() != Role.HEALTH_WORKER) {
			throw new AccessDeniedException(user.role() + " does not confirm allergies");
		}
		AllergyRows.Standing allergy = standing(allergyId);
		Institution institution = places.placed(user, allergy.childId()).institution();
		if (!rows.confirm(allergyId, user.accountId(), user.displayName(), institution.id(),
				institution.divisionCode().value(), OffsetDateTime.now(clock))) {
			throw new BusinessRuleException(null, "health.allergy.confirmedAlready");
		}
		audit.record(AuditEntry.of("health.allergy.confirm", "child", allergy.childId()).in(institution.divisionCode()));
	}

	/** A child's allergies, for its guardians and the staff of the institution where it is placed. */
	@Transactional
	public List<Allergy> ofChild(CurrentUser user, UUID childId) {
		if (childId == null) {
			throw new NotFoundException("child");
		}
		String name;
		if (user.role() == Role.GUARDIAN) {
			name = family.child(user, childId).name();
		}
		else {
			requireStaff(user);
			name = places.placed(user, childId).record().childName();
		}
		audit.record(AuditEntry.of("health.allergy.read", "child", childId));
		return rows.ofChildren(Map.of(childId, name));
	}

	/**
	 * The allergies of every child placed at the staff member's institution now, by child name,
	 * unconfirmed first; each child's read is audited.
	 */
	@Transactional
	public List<Allergy> atInstitution(CurrentUser user) {
		requireStaff(user);
		return read(names(places.roster(user)));
	}

	/**
	 * The allergies of some children placed at the staff member's institution (e.g. a class's), by
	 * child name, unconfirmed first; one child placed elsewhere makes the lot not found. Each
	 * child's read is audited.
	 */
	@Transactional
	public List<Allergy> ofChildren(CurrentUser user, Collection<UUID> childIds) {
		requireStaff(user);
		if (childIds.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> placed = names(places.roster(user));
		if (!placed.keySet().containsAll(childIds)) {
			throw new NotFoundException("child");
		}
		Map<UUID, String> names = new HashMap<>();
		childIds.forEach(child -> names.put(child, placed.get(child)));
		return read(names);
	}

	private static Map<UUID, String> names(List<EnrollmentRecord> roster) {
		Map<UUID, String> names = new HashMap<>();
		roster.forEach(r -> names.put(r.childId(), r.childName()));
		return names;
	}

	private List<Allergy> read(Map<UUID, String> names) {
		List<Allergy> allergies = rows.ofChildren(names);
		audit.recordAll(allergies.stream()
			.map(Allergy::childId)
			.distinct()
			.map(child -> AuditEntry.of("health.allergy.read", "child", child))
			.toList());
		return allergies;
	}

	private AllergyRows.Standing standing(UUID allergyId) {
		if (allergyId == null) {
			throw new NotFoundException("allergy");
		}
		return rows.lockStanding(allergyId).orElseThrow(() -> new NotFoundException("allergy"));
	}

	private static void requireGuardian(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			throw new AccessDeniedException(user.role() + " does not record a child's allergies");
		}
	}

	private static void requireStaff(CurrentUser user) {
		if (!user.role().isInstitutionStaff() || user.scope().institutionId() == null) {
			throw new AccessDeniedException(user.role() + " does not read allergies");
		}
	}
}
