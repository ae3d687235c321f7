package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An institution's current credit.
 *
 * @param institutionId the institution
 * @param institutionName its name
 * @param divisionCode its street-level division
 * @param score the current score
 * @param tier the tier of the score
 * @param tierSince the day the tier last changed, or {@code null} while it is the initial tier
 */
public record CreditStanding(UUID institutionId, String institutionName, String divisionCode, int score,
		CreditTier tier, LocalDate tierSince) {
}
