package org.tuoyu.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A voucher programme to create.
 *
 * @param divisionCode the district (6 digits) that runs it
 * @param trialDays free days per trial voucher (TRIAL only)
 * @param monthlyAmount amount per child and month (CONSUMPTION only)
 * @param minAgeMonths youngest eligible age in whole months at the issue date
 * @param maxAgeMonths oldest eligible age in whole months at the issue date
 * @param streets the streets (9 digits) whose children are eligible; empty for the whole district
 */
public record NewVoucherProgramme(String divisionCode, String name, VoucherKind kind, Integer trialDays,
		BigDecimal monthlyAmount, LocalDate validFrom, LocalDate validUntil, Integer minAgeMonths, Integer maxAgeMonths,
		List<String> streets) {

	public NewVoucherProgramme {
		streets = streets == null ? List.of() : List.copyOf(streets);
	}
}
