package org.tuoyu.enrollment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * What a month of an enrollment costs: the monthly fee for a whole month; for a month the placement
 * starts or ends in, the fee in proportion to the calendar days in service (rounded half up to the
 * fen). Consumption vouchers redeemed for the month are applied up to that amount; the rest is due.
 */
public final class StatementPolicy {

	private StatementPolicy() {
	}

	/** Days in service in the month: from the later of start and the 1st to the earlier of end and the last day. */
	public static int daysInService(YearMonth month, LocalDate start, LocalDate lastDay) {
		LocalDate from = start.isAfter(month.atDay(1)) ? start : month.atDay(1);
		LocalDate to = lastDay == null || lastDay.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : lastDay;
		return to.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** The fee for the days in service. */
	public static BigDecimal fee(BigDecimal monthlyFee, YearMonth month, int days) {
		if (days >= month.lengthOfMonth()) {
			return monthlyFee.setScale(2, RoundingMode.HALF_UP);
		}
		return monthlyFee.multiply(BigDecimal.valueOf(days))
			.divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP);
	}

	/** Vouchers applied: what was redeemed, at most the fee. */
	public static BigDecimal vouchersApplied(BigDecimal fee, BigDecimal redeemed) {
		return redeemed.min(fee).setScale(2, RoundingMode.HALF_UP);
	}
}
