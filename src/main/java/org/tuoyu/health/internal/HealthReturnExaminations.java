package org.tuoyu.health.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.attendance.ReturnExaminations;
import org.tuoyu.health.HealthManagement;

/** Tells attendance whether a child away a long time passed a re-examination since (the SPI it asks). */
@Component
class HealthReturnExaminations implements ReturnExaminations {

	private final HealthManagement health;

	HealthReturnExaminations(HealthManagement health) {
		this.health = health;
	}

	@Override
	public boolean passedSince(UUID childId, LocalDate day) {
		return health.passedReexaminationSince(childId, day);
	}
}
