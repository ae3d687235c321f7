package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the public sees of an institution's credit: the tier only, never the score or the events.
 *
 * @param institutionId the institution
 * @param tier its tier
 * @param tierSince the day it got the tier, or {@code null} while it is the initial tier
 */
public record PublicCredit(UUID institutionId, CreditTier tier, LocalDate tierSince) {
}
