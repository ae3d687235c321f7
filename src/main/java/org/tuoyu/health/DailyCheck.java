package org.tuoyu.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A recorded morning or noon check of one child. */
public record DailyCheck(UUID id, UUID childId, String childName, UUID institutionId, UUID classId, LocalDate day,
		CheckSession session, BigDecimal temperature, Set<Symptom> symptoms, String note, CheckOutcome outcome,
		String checkedBy, OffsetDateTime checkedAt) {

	/** Any symptom, or an outcome other than attending: the guardians are told. */
	@JsonProperty
	public boolean abnormal() {
		return !symptoms.isEmpty() || outcome != CheckOutcome.ATTEND;
	}
}
