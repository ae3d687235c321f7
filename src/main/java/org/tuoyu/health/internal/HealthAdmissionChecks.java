package org.tuoyu.health.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.attendance.AdmissionChecks;
import org.tuoyu.health.HealthExaminations;

/** Tells attendance whether a child passed the admission check (the SPI it asks before a first check-in). */
@Component
class HealthAdmissionChecks implements AdmissionChecks {

	private final HealthExaminations examinations;

	HealthAdmissionChecks(HealthExaminations examinations) {
		this.examinations = examinations;
	}

	@Override
	public boolean passed(UUID childId) {
		return examinations.passedAdmission(childId);
	}
}
