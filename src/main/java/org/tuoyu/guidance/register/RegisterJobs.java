package org.tuoyu.guidance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;

/**
 * The register's daily and hourly work: children turning 3 leave the denominator on their third
 * birthday (after midnight in the city), and uploads checked but not confirmed within a day are
 * emptied, so the (encrypted) numbers they hold do not stay when nobody confirms them.
 */
@Component
class RegisterJobs {

	private final RegisterRows rows;

	private final RegisterUploads uploads;

	private final RegisterAgePolicy age;

	private final AuditLog audit;

	private final Clock clock;

	RegisterJobs(RegisterRows rows, RegisterUploads uploads, RegisterAgePolicy age, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.uploads = uploads;
		this.age = age;
		this.audit = audit;
		this.clock = clock;
	}

	/** Marks every active child who has reached the register's age {@code AGED_OUT}; returns how many. */
	@Scheduled(cron = "${tuoyu.guidance.register-age-out-cron:0 20 0 * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public int ageOut() {
		LocalDate today = LocalDate.now(clock);
		int aged = rows.ageOut(today, age.maxAgeMonths(), OffsetDateTime.now(clock));
		if (aged > 0) {
			audit.record(AuditEntry.of("guidance.register.agedOut", "registerChild", null)
				.withDetails(today + ": " + aged));
		}
		return aged;
	}

	/** Empties uploads checked more than a day ago and never confirmed. */
	@Scheduled(cron = "${tuoyu.guidance.register-import-purge-cron:0 40 * * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public void purgeUploads() {
		uploads.discardStale();
	}
}
