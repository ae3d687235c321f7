package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the complainant gets back once: the tracking code (never stored in the clear, so it cannot
 * be shown again) and the deadline of the district's decision.
 *
 * @param id the complaint
 * @param trackingCode the code to follow the complaint, e.g. {@code K7QM-4XHR-2PZD}
 * @param dueOn the day the district is due to decide it
 */
public record ComplaintReceipt(UUID id, String trackingCode, LocalDate dueOn) {
}
