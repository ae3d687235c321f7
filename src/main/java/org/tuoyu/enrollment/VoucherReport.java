package org.tuoyu.enrollment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A programme's figures. Trial-to-enrollment conversion: trial vouchers redeemed whose child
 * later got a placement at the redeeming institution (created after the redemption), divided
 * by trial vouchers redeemed.
 *
 * @param amountIssued sum of consumption vouchers issued (all states)
 * @param amountRedeemed sum of consumption vouchers redeemed
 * @param converted the conversion's numerator
 * @param trialRedeemed the conversion's denominator
 * @param conversionPercent the conversion in percent with one decimal, {@code null} when no trial
 * voucher was redeemed
 */
public record VoucherReport(VoucherProgramme programme, long issued, long redeemed, long expired, long revoked,
		BigDecimal amountIssued, BigDecimal amountRedeemed, long converted, long trialRedeemed,
		BigDecimal conversionPercent) {

	/** The conversion in percent with one decimal, or {@code null} when nothing was redeemed. */
	public static BigDecimal percent(long converted, long trialRedeemed) {
		return trialRedeemed == 0 ? null
				: BigDecimal.valueOf(converted * 100).divide(BigDecimal.valueOf(trialRedeemed), 1, RoundingMode.HALF_UP);
	}
}
