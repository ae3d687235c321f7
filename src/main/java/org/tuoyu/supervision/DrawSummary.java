package org.tuoyu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sealed draw as published: what anyone may see before and after it is made.
 *
 * @param id the draw
 * @param planId its plan
 * @param planName the plan's name
 * @param divisionCode the plan's division
 * @param divisionName the division's name
 * @param periodStart first day of the plan's period
 * @param periodEnd last day of the plan's period
 * @param sealedAt when the seed hash and inputs hash were published
 * @param seedHash SHA-256 of the seed bytes, lower-case hex
 * @param inputsHash SHA-256 of the canonical inputs bytes, lower-case hex
 * @param drawnAt when the draw was made, {@code null} while only sealed
 */
public record DrawSummary(UUID id, UUID planId, String planName, String divisionCode, String divisionName,
		LocalDate periodStart, LocalDate periodEnd, Instant sealedAt, String seedHash, String inputsHash,
		Instant drawnAt) {

	/** Whether the draw was made (seed and result published). */
	public boolean drawn() {
		return drawnAt != null;
	}
}
