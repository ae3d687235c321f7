package org.tuoyu.health;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.family.ChildFacts;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.health.internal.ChildRecordAccess;
import org.tuoyu.health.internal.GrowthRows;
import org.tuoyu.health.internal.HealthAlerts;
import org.tuoyu.health.internal.growth.WhoGrowthStandard;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.RecordAccess;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;

/**
 * The child's growth record (成长档案): measurements taken at the child's institution, each with
 * the WHO z-scores of the day it was recorded. Institution staff record and read the children
 * placed at their institution; guardians read their own children's; officers read those of
 * children placed in their area; anyone else gets a 404. The guardians are told of each new
 * measurement. Every read is audited on the child, and the guardians can see who read it.
 */
@Service
public class GrowthRecords {

	/** The audited actions that count as looking at a child's health record: growth, examinations, immunisation, downloads. */
	static final Set<String> VIEWS = Set.of("health.growth.read", "health.growth.list.read", "health.examinations.read",
			"health.examination.document.read", "health.immunisation.read", "health.immunisation.certificate.read",
			"health.record.export");

	/** How many views the guardians are shown, newest first. */
	static final int MAX_VIEWERS = 100;

	private final GrowthRows rows;

	private final GrowthStandards standards;

	private final HealthPlaces places;

	private final FamilyManagement family;

	private final ChildRecordAccess recordAccess;

	private final InstitutionManagement institutions;

	private final KnownDivisions divisions;

	private final AuditLog audit;

	private final HealthAlerts alerts;

	private final ZoneId zone;

	GrowthRecords(GrowthRows rows, GrowthStandards standards, HealthPlaces places, FamilyManagement family,
			ChildRecordAccess recordAccess, InstitutionManagement institutions, KnownDivisions divisions,
			AuditLog audit, HealthAlerts alerts, Clock clock) {
		this.zone = clock.getZone();
		this.rows = rows;
		this.standards = standards;
		this.places = places;
		this.family = family;
		this.recordAccess = recordAccess;
		this.institutions = institutions;
		this.divisions = divisions;
		this.audit = audit;
		this.alerts = alerts;
	}

	/** A child of a class with its newest measurement, if it has one. */
	public record ChildLatest(UUID childId, String childName, Optional<RecordedMeasurement> latest) {
	}

	/**
	 * Records a measurement of a child placed at the user's institution (health worker, caregiver
	 * or institution administrator), with the child's sex and birth date from the family record.
	 *
	 * @return the stored measurement with its z-scores
	 * @throws NotFoundException when the user is not staff of the child's current institution
	 * @throws BusinessRuleException naming the field at fault ({@code GrowthMeasurementPolicy}), or on
	 *         field {@code confirmed} when a z-score is implausible and {@link NewMeasurement#confirmed()}
	 *         is not set; nothing is stored then
	 */
	@Transactional
	public RecordedMeasurement record(CurrentUser user, UUID childId, NewMeasurement measurement) {
		if (childId == null) {
			throw new NotFoundException("child");
		}
		HealthPlaces.Placed placed = places.placed(user, childId);
		ChildFacts child = family.facts(childId).orElseThrow(() -> new NotFoundException("child"));
		if (measurement == null) {
			throw new BusinessRuleException(null, "growth.measure.required");
		}
		GrowthAssessment assessment = standards.assess(new GrowthMeasurement(child.sex(), child.birthDate(),
				measurement.measuredOn(), measurement.weightKg(), measurement.lengthCm(), measurement.lengthMethod(),
				measurement.headCircumferenceCm()));
		List<GrowthIndicator> implausible = Arrays.stream(GrowthIndicator.values())
			.filter(i -> assessment.of(i).map(ZScore::implausible).orElse(false))
			.toList();
		if (!implausible.isEmpty() && !measurement.confirmed()) {
			throw new BusinessRuleException("confirmed", "growth.record.implausible");
		}
		LengthMethod method = measurement.lengthCm() == null ? null
				: measurement.lengthMethod() != null ? measurement.lengthMethod()
						: WhoGrowthStandard.basisAt(assessment.ageDays());
		Institution institution = placed.institution();
		UUID id = UuidV7.next();
		rows.insert(new GrowthRows.Row(id, childId, institution.id(), institution.divisionCode().value(),
				measurement.measuredOn(), measurement.weightKg(), measurement.lengthCm(), method,
				measurement.headCircumferenceCm(), user.accountId(), assessment));
		audit.record(new AuditEntry("health.growth.record", "child", childId.toString(), institution.divisionCode(),
				institution.id(), measurement.measuredOn() + (implausible.isEmpty() ? "" : " implausible confirmed " + implausible)));
		RecordedMeasurement stored = rows.measurement(id).at(institution.name());
		alerts.measured(childId, child.name(), stored.measuredOn(), stored.abnormal() || stored.implausible());
		return stored;
	}

	/**
	 * The child's growth record, for the child's guardians, staff of the child's current
	 * institution and officers whose area covers that institution, within their
	 * {@link RecordReach}; audited as a view.
	 *
	 * @throws NotFoundException for anyone else
	 */
	@Transactional
	public GrowthRecord measurements(CurrentUser user, UUID childId) {
		RecordReach reach = recordAccess.reach(user, childId);
		ChildFacts child = family.facts(childId).orElseThrow(() -> new NotFoundException("child"));
		UUID placedAt = reach.institutionId();
		Institution placement = placedAt == null ? null : institutions.institutionsByIds(Set.of(placedAt)).get(placedAt);
		audit.record(new AuditEntry("health.growth.read", "child", childId.toString(),
				placement == null ? null : placement.divisionCode(), placedAt, ""));
		List<RecordedMeasurement> measurements = rows.ofChild(childId)
			.stream()
			.filter(m -> reach.includes(m.institutionId()))
			.toList();
		Map<UUID, Institution> where = institutions
			.institutionsByIds(measurements.stream().map(RecordedMeasurement::institutionId).collect(Collectors.toSet()));
		return new GrowthRecord(childId, child.name(), child.sex(), child.birthDate(), measurements.stream()
			.map(m -> m.at(Optional.ofNullable(where.get(m.institutionId())).map(Institution::name).orElse(null)))
			.toList());
	}

	/**
	 * The children of one of the staff member's classes with their newest measurement; each child
	 * shown is audited as a view of its record.
	 *
	 * @throws NotFoundException when the class is not at the user's institution
	 */
	@Transactional
	public List<ChildLatest> classOverview(CurrentUser user, UUID classId) {
		HealthPlaces.ClassAt careClass = places.ownClass(user, classId);
		List<EnrollmentRecord> children = places.roster(user)
			.stream()
			.filter(r -> r.classId().equals(classId))
			.sorted(Comparator.comparing(EnrollmentRecord::childName))
			.toList();
		Map<UUID, RecordedMeasurement> latest = rows.latestOf(children.stream().map(EnrollmentRecord::childId).toList())
			.stream()
			.collect(Collectors.toMap(GrowthRows.Latest::childId, GrowthRows.Latest::measurement));
		Institution institution = careClass.institution();
		for (EnrollmentRecord child : children) {
			audit.record(new AuditEntry("health.growth.list.read", "child", child.childId().toString(),
					institution.divisionCode(), institution.id(), "class " + classId));
		}
		return children.stream()
			.map(c -> new ChildLatest(c.childId(), c.childName(), Optional.ofNullable(latest.get(c.childId()))))
			.toList();
	}

	/**
	 * Who looked at the child's growth record, newest first (at most {@value #MAX_VIEWERS}): for the
	 * child's guardians only. Staff are named with their institution; officers are shown by role
	 * and unit only.
	 *
	 * @throws NotFoundException for anyone but the child's guardians
	 */
	@Transactional(readOnly = true)
	public List<GrowthViewer> viewers(CurrentUser user, UUID childId) {
		if (user.role() != Role.GUARDIAN || childId == null || !family.guardianAccounts(childId).contains(user.accountId())) {
			throw new NotFoundException("child");
		}
		List<RecordAccess> accesses = audit.accesses("child", childId.toString(), VIEWS, MAX_VIEWERS);
		Map<UUID, Institution> where = institutions.institutionsByIds(accesses.stream()
			.map(RecordAccess::actorInstitutionId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		Function<RecordAccess, String> unit = a -> a.actorDivision() != null
				? divisions.nameOf(a.actorDivision()).orElse(a.actorDivision().value())
				: a.actorInstitutionId() != null
						? Optional.ofNullable(where.get(a.actorInstitutionId())).map(Institution::name).orElse(null) : null;
		return accesses.stream()
			.map(a -> new GrowthViewer(a.occurredAt().atZone(zone).toOffsetDateTime(),
					a.actorRole() != null && a.actorRole().isOfficer() ? null : a.actorName(), a.actorRole(),
					unit.apply(a)))
			.toList();
	}
}
