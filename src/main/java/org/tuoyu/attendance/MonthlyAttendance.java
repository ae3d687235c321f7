package org.tuoyu.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A child's attendance in a month: days attended, working days while placed, days reported
 * absent. The basis of statistics and of voucher settlement.
 */
public record MonthlyAttendance(UUID classId, String className, UUID childId, String childName, YearMonth month,
		int daysAttended, int workingDays, int daysAbsent) {

	/** Days attended ÷ working days while placed, in percent (one decimal); zero without working days. */
	@JsonProperty
	public BigDecimal ratePercent() {
		return workingDays == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(daysAttended * 100L).divide(BigDecimal.valueOf(workingDays), 1, RoundingMode.HALF_UP);
	}
}
