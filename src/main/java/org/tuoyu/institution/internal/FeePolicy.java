package org.tuoyu.institution.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tuoyu.institution.Fee;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.BusinessRuleException;

/**
 * What fee may be published: a plausible amount, and for an inclusive (普惠) institution never above
 * its approved monthly price cap while the approval is valid.
 */
public final class FeePolicy {

	private static final BigDecimal MAX_MONTHLY_FEE = new BigDecimal("100000");

	private FeePolicy() {
	}

	public static void check(Institution institution, Fee fee, LocalDate today) {
		if (fee.classType() == null) {
			throw new BusinessRuleException("classType", "institution.class.typeRequired");
		}
		if (fee.serviceForm() == null) {
			throw new BusinessRuleException("serviceForm", "institution.fee.serviceFormRequired");
		}
		if (fee.monthlyFee() == null || fee.monthlyFee().signum() < 0 || fee.monthlyFee().compareTo(MAX_MONTHLY_FEE) > 0
				|| fee.monthlyFee().scale() > 2) {
			throw new BusinessRuleException("monthlyFee", "institution.fee.amount");
		}
		if (!institution.serviceForms().contains(fee.serviceForm())) {
			throw new BusinessRuleException("serviceForm", "institution.fee.serviceFormNotOffered");
		}
		if (institution.inclusiveOn(today) && fee.monthlyFee().compareTo(institution.inclusivePriceCap()) > 0) {
			throw new BusinessRuleException("monthlyFee", "institution.fee.aboveCap",
					institution.inclusivePriceCap().toPlainString());
		}
	}
}
