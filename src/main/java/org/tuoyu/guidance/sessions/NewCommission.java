package org.tuoyu.guidance.sessions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commission to create.
 *
 * @param providerId the provider commissioned
 * @param title what the commission is called
 * @param areaCode the county, street or community, inside the officer's area
 * @param startsOn the first day
 * @param endsOn the last day
 * @param sessions the number of sessions
 * @param budget the budget in yuan, two decimals at most
 */
public record NewCommission(UUID providerId, String title, String areaCode, LocalDate startsOn, LocalDate endsOn,
		Integer sessions, BigDecimal budget) {
}
