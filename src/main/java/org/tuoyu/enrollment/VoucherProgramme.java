package org.tuoyu.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A district's voucher programme with its eligibility rule and participating institutions.
 *
 * @param streets the eligible streets; empty means the whole district
 */
public record VoucherProgramme(UUID id, String divisionCode, String name, VoucherKind kind, Integer trialDays,
		BigDecimal monthlyAmount, LocalDate validFrom, LocalDate validUntil, int minAgeMonths, int maxAgeMonths,
		List<String> streets, List<VoucherInstitution> institutions) {

	/** An institution where the programme's vouchers can be redeemed. */
	public record VoucherInstitution(UUID id, String name) {
	}
}
