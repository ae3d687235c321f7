package org.tuoyu.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementPolicyTests {

	@ParameterizedTest(name = "{0}: from {1} to {2} → {3} days, fee {4}")
	@CsvSource({ "2026-11, 2026-09-01, , 30, 2200.00", "2026-11, 2026-11-16, , 15, 1100.00",
			"2026-11, 2026-09-01, 2026-11-10, 10, 733.33", "2026-11, 2026-11-30, , 1, 73.33",
			"2026-11, 2026-12-01, , 0, 0.00", "2026-11, 2026-06-01, 2026-10-31, 0, 0.00",
			"2026-02, 2026-02-01, 2026-02-28, 28, 2200.00", "2026-11, 2026-11-05, 2026-11-04, 0, 0.00" })
	void theFeeFollowsTheCalendarDaysInCare(YearMonth month, LocalDate start, LocalDate lastDay, int days, String fee) {
		int inService = StatementPolicy.daysInService(month, start, lastDay);
		assertThat(inService).isEqualTo(days);
		assertThat(StatementPolicy.fee(new BigDecimal("2200"), month, inService)).isEqualByComparingTo(fee);
	}

	@ParameterizedTest
	@CsvSource({ "2200.00, 500.00, 500.00", "160.00, 500.00, 160.00", "0.00, 500.00, 0.00", "2200.00, 0, 0.00" })
	void vouchersAreDeductedDownToZeroAtMost(String fee, String redeemed, String applied) {
		assertThat(StatementPolicy.vouchersApplied(new BigDecimal(fee), new BigDecimal(redeemed)))
			.isEqualByComparingTo(applied);
	}
}
