package org.tuoyu.enrollment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A child's monthly statement at one institution: the agreed monthly fee, the days in service
 * that month, the fee for them, the consumption vouchers applied and the amount due. Without an
 * agreed fee, the amounts are absent.
 */
public record Statement(UUID placementId, UUID childId, String childName, UUID institutionId, String institutionName,
		String className, YearMonth month, BigDecimal monthlyFee, int daysInService, int daysInMonth, BigDecimal fee,
		BigDecimal vouchersApplied, BigDecimal amountDue) {

	/** Whether the placement covered only part of the month. */
	@JsonProperty
	public boolean partMonth() {
		return daysInService < daysInMonth;
	}
}
