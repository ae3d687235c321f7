package org.tuoyu.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.health.internal.HealthAlerts;
import org.tuoyu.health.internal.ImmunisationRows;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;

/**
 * Immunisation status at admission (预防接种): up to date, or the vaccinations to catch up and by
 * when, with the vaccination certificate. Kept by the health worker or administrator of the
 * institution where the child is placed, read by the child's guardians and the officers covering
 * the institution. Guardians are reminded of a catch-up coming due ({@link HealthRules.Immunisation}).
 */
@Service
public class Immunisations {

	private static final Logger log = LoggerFactory.getLogger(Immunisations.class);

	private static final int MAX_VACCINES = 200;

	private final ImmunisationRows rows;

	private final ChildHealthAccess access;

	private final HealthAlerts alerts;

	private final HealthRules.Immunisation rules;

	private final AuditLog audit;

	private final Clock clock;

	Immunisations(ImmunisationRows rows, ChildHealthAccess access, HealthAlerts alerts, HealthRules rules, AuditLog audit,
			Clock clock) {
		this.rows = rows;
		this.access = access;
		this.alerts = alerts;
		this.rules = rules.immunisation();
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records (or replaces) the immunisation status of a child placed at the user's institution
	 * (health worker or administrator). The certificate is required unless one is on file; catch-up
	 * needs the vaccines and a due day. Reminders start afresh.
	 * @throws NotFoundException for anyone else, or a child not placed there
	 */
	@Transactional
	public void record(CurrentUser user, NewImmunisation immunisation) {
		HealthPlaces.Placed placed = access.kept(user, immunisation.childId());
		if (immunisation.status() == null) {
			throw new BusinessRuleException("status", "health.field.required");
		}
		if (immunisation.recordedOn() == null) {
			throw new BusinessRuleException("recordedOn", "health.field.required");
		}
		if (immunisation.recordedOn().isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("recordedOn", "health.examination.future");
		}
		boolean catchUp = immunisation.status() == ImmunisationStatus.CATCH_UP_NEEDED;
		String vaccines = catchUp ? ChildHealthAccess.optionalText("vaccines", immunisation.vaccines(), MAX_VACCINES)
				: null;
		if (catchUp && vaccines == null) {
			throw new BusinessRuleException("vaccines", "health.immunisation.vaccinesRequired");
		}
		if (catchUp && immunisation.catchUpDue() == null) {
			throw new BusinessRuleException("catchUpDue", "health.field.required");
		}
		boolean onFile = rows.ofChild(immunisation.childId()).map(Immunisation::hasCertificate).orElse(false);
		String type = ChildHealthAccess.documentType("certificate", immunisation.certificate(), !onFile);
		Institution institution = placed.institution();
		rows.save(new ImmunisationRows.Row(immunisation.childId(), institution.id(), institution.divisionCode().value(),
				immunisation.status(), vaccines, catchUp ? immunisation.catchUpDue() : null, immunisation.recordedOn(),
				type == null ? null : immunisation.certificate(), type, user.accountId()));
		audit.record(new AuditEntry("health.immunisation.record", "child", immunisation.childId().toString(),
				institution.divisionCode(), institution.id(), immunisation.status().name()));
	}

	/** The child's immunisation status, if recorded, for the keepers, the guardians and the officers in scope. */
	@Transactional
	public Optional<Immunisation> ofChild(CurrentUser user, UUID childId) {
		RecordReach reach = access.readable(user, childId);
		audit.record(AuditEntry.of("health.immunisation.read", "child", childId));
		return rows.ofChild(childId).filter(i -> reach.includes(i.institutionId()));
	}

	/** The statuses recorded at the keeper's institution, by child name. */
	@Transactional
	public List<Immunisation> ofInstitution(CurrentUser user) {
		if (!ChildHealthAccess.keeper(user)) {
			throw new NotFoundException("institution");
		}
		UUID institution = user.scope().institutionId();
		audit.record(AuditEntry.of("health.immunisations.read", "institution", institution));
		return rows.ofInstitution(institution);
	}

	/** The vaccination certificate of a child the user may read. */
	@Transactional
	public StoredDocument certificate(CurrentUser user, UUID childId) {
		RecordReach reach = access.readable(user, childId);
		if (rows.ofChild(childId).filter(i -> reach.includes(i.institutionId())).isEmpty()) {
			throw new NotFoundException("certificate");
		}
		StoredDocument certificate = rows.certificate(childId).orElseThrow(() -> new NotFoundException("certificate"));
		audit.record(AuditEntry.of("health.immunisation.certificate.read", "child", childId));
		return certificate;
	}

	/**
	 * Reminds the guardians of every catch-up due within {@code remindDaysBefore} days or overdue,
	 * at most once every {@code remindEveryDays} days per child (claimed in one statement, so also
	 * once when several nodes run the job).
	 * @return how many children's guardians were reminded
	 */
	@Scheduled(cron = "${tuoyu.health.immunisation-reminder-cron:0 0 8 * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public int sendReminders() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		List<Immunisation> due = rows.claimReminders(today.plusDays(rules.remindDaysBefore()),
				now.minus(Duration.ofDays(rules.remindEveryDays())), now);
		for (Immunisation immunisation : due) {
			alerts.catchUpReminder(immunisation.childId(), immunisation.childName(), immunisation.vaccines(),
					immunisation.catchUpDue().toString());
		}
		if (!due.isEmpty()) {
			log.info("Reminded the guardians of {} children of catch-up vaccinations", due.size());
		}
		return due.size();
	}
}
