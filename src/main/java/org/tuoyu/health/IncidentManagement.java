package org.tuoyu.health;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.health.internal.HealthAlerts;
import org.tuoyu.health.internal.IncidentRows;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.UuidV7;

/**
 * Incidents and injuries (事故伤害). Institution staff record them for a child placed there; a
 * serious one must be reported to the district within {@link HealthRules#seriousReportHours()}:
 * the district's administrators are told at once and see it on their list with its deadline
 * until the institution marks it reported.
 */
@Service
public class IncidentManagement {

	private static final int MAX_PLACE = 100;

	private static final int MAX_TEXT = 2000;

	private final IncidentRows incidents;

	private final HealthPlaces places;

	private final HealthAlerts alerts;

	private final HealthRules rules;

	private final AuditLog audit;

	private final Clock clock;

	IncidentManagement(IncidentRows incidents, HealthPlaces places, HealthAlerts alerts, HealthRules rules,
			AuditLog audit, Clock clock) {
		this.incidents = incidents;
		this.places = places;
		this.alerts = alerts;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records an incident of a child placed at the user's institution; returns its id.
	 * @throws NotFoundException when the child is not placed there
	 */
	@Transactional
	public UUID record(CurrentUser user, NewIncident incident) {
		validate(incident, now());
		HealthPlaces.Placed placed = places.placed(user, incident.childId());
		Institution institution = placed.institution();
		LocalDateTime deadline = incident.severity() == Severity.SERIOUS
				? incident.occurredAt().plusHours(rules.seriousReportHours()) : null;
		UUID id = UuidV7.next();
		incidents.insert(id, trimmed(incident), institution.id(), institution.divisionCode().value(), deadline,
				user.accountId());
		audit.record(new AuditEntry("health.incident.record", "child", incident.childId().toString(),
				institution.divisionCode(), institution.id(), incident.type() + " " + incident.severity()));
		if (deadline != null) {
			alerts.seriousIncident(institution.name(), institution.divisionCode(), incident.type(), incident.occurredAt(),
					deadline);
		}
		return id;
	}

	/**
	 * The incidents in the user's scope: all of the staff member's institution, newest first; for
	 * officers the serious ones of their area, those still to report first.
	 */
	@Transactional
	public List<Incident> incidents(CurrentUser user) {
		if (user.role().isOfficer()) {
			String division = user.scope().division().value();
			audit.record(new AuditEntry("health.incidents.read", "division", division, user.scope().division(), null, ""));
			return incidents.seriousInDivision(division);
		}
		Institution institution = places.own(user).institution();
		audit.record(new AuditEntry("health.incidents.read", "institution", institution.id().toString(),
				institution.divisionCode(), institution.id(), ""));
		return incidents.ofInstitution(institution.id());
	}

	/** Marks a serious incident of the staff member's institution as reported to the district, now. */
	@Transactional
	public void markReported(CurrentUser user, UUID id) {
		Institution institution = places.own(user).institution();
		Incident incident = incidents.incident(id)
			.filter(i -> i.institutionId().equals(institution.id()))
			.orElseThrow(() -> new NotFoundException("incident"));
		if (incident.severity() != Severity.SERIOUS) {
			throw new BusinessRuleException(null, "health.incident.notSerious");
		}
		if (!incidents.markReported(id, now())) {
			throw new BusinessRuleException(null, "health.incident.alreadyReported");
		}
		audit.record(new AuditEntry("health.incident.reported", "child", incident.childId().toString(),
				institution.divisionCode(), institution.id(), id.toString()));
	}

	/** The current local time of the city. */
	public LocalDateTime now() {
		return LocalDateTime.now(clock).withNano(0);
	}

	private static void validate(NewIncident incident, LocalDateTime now) {
		required("childId", incident.childId());
		required("type", incident.type());
		required("severity", incident.severity());
		required("occurredAt", incident.occurredAt());
		if (incident.occurredAt().isAfter(now)) {
			throw new BusinessRuleException("occurredAt", "health.incident.future");
		}
		text("place", incident.place(), MAX_PLACE, true);
		text("description", incident.description(), MAX_TEXT, true);
		text("firstAid", incident.firstAid(), MAX_TEXT, false);
		told("guardiansToldAt", incident.guardiansToldAt(), incident.occurredAt(), now);
		told("districtToldAt", incident.districtToldAt(), incident.occurredAt(), now);
	}

	private static void required(String field, Object value) {
		if (value == null) {
			throw new BusinessRuleException(field, "health.field.required");
		}
	}

	private static void text(String field, String value, int max, boolean required) {
		String text = value == null ? "" : value.trim();
		if (required && text.isEmpty()) {
			throw new BusinessRuleException(field, "health.field.required");
		}
		if (text.length() > max) {
			throw new BusinessRuleException(field, "health.field.tooLong", max);
		}
	}

	private static void told(String field, LocalDateTime at, LocalDateTime occurredAt, LocalDateTime now) {
		if (at != null && (at.isBefore(occurredAt) || at.isAfter(now))) {
			throw new BusinessRuleException(field, "health.incident.toldAt");
		}
	}

	private static NewIncident trimmed(NewIncident incident) {
		String firstAid = incident.firstAid() == null || incident.firstAid().isBlank() ? null : incident.firstAid().trim();
		return new NewIncident(incident.childId(), incident.type(), incident.severity(), incident.occurredAt(),
				incident.place().trim(), incident.description().trim(), firstAid, incident.guardiansToldAt(),
				incident.districtToldAt());
	}
}
