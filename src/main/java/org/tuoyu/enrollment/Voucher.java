package org.tuoyu.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.tuoyu.enrollment.VoucherProgramme.VoucherInstitution;

/**
 * A voucher issued to a child.
 *
 * @param code the short code the guardian shows the institution (8 characters, no 0/O/1/I)
 * @param trialDays free days (trial vouchers)
 * @param amount the amount off the fee (consumption vouchers)
 * @param serviceMonth the month a consumption voucher covers
 * @param redeemedInstitutionName where it was redeemed, if it was
 * @param institutions where it can be redeemed
 */
public record Voucher(UUID id, String code, UUID programmeId, String programmeName, VoucherKind kind, UUID childId,
		String childName, Integer trialDays, BigDecimal amount, YearMonth serviceMonth, LocalDate expiresOn,
		VoucherStatus status, OffsetDateTime redeemedAt, UUID redeemedInstitutionId, String redeemedInstitutionName,
		List<VoucherInstitution> institutions) {
}
