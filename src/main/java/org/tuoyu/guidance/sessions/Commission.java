package org.tuoyu.guidance.sessions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commission (委托, 政府购买服务): a provider runs a number of free guidance sessions in an area
 * during a period for a budget.
 *
 * @param id the commission
 * @param providerId the commissioned provider
 * @param providerName its name
 * @param title what the commission is called
 * @param areaCode the commissioning county, street or community
 * @param areaName the area's name
 * @param startsOn the first day of the period
 * @param endsOn the last day of the period
 * @param sessions the sessions commissioned
 * @param scheduled the sessions scheduled so far (cancelled ones not counted)
 * @param budget the budget in yuan
 */
public record Commission(UUID id, UUID providerId, String providerName, String title, String areaCode, String areaName,
		LocalDate startsOn, LocalDate endsOn, int sessions, int scheduled, BigDecimal budget) {

	/** Whether the area covers the division (a community or street). */
	public boolean covers(String divisionCode) {
		return divisionCode != null && divisionCode.startsWith(areaCode);
	}

	/** Whether the day lies in the period. */
	public boolean runsOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}
}
