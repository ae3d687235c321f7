package org.tuoyu.enrollment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.Fee;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.BusinessRuleException;

/**
 * The monthly fee of an enrollment: the institution's published fee for the class type and service
 * form (the class's own type first, then the type the child's age calls for), never above an
 * inclusive institution's price cap while the inclusive status holds. An institution may agree a
 * lower fee, never a higher one.
 */
public final class FeePolicy {

	private FeePolicy() {
	}

	/** The published monthly fee, if the institution publishes one for the class. */
	public static Optional<BigDecimal> published(InstitutionDetail detail, ClassType classType, ClassType ageType,
			ServiceForm form) {
		return fee(detail, classType, form).or(() -> fee(detail, ageType, form));
	}

	/** The fee an enrollment starts with: the published fee, capped for an inclusive institution. */
	public static Optional<BigDecimal> initial(InstitutionDetail detail, Optional<BigDecimal> published, LocalDate start) {
		return published.map(fee -> cap(detail, start).filter(c -> c.compareTo(fee) < 0).orElse(fee));
	}

	/** Refuses an agreed fee below zero, above the published fee or above the inclusive cap. */
	public static void check(BigDecimal fee, InstitutionDetail detail, Optional<BigDecimal> published, LocalDate start) {
		if (fee == null) {
			throw new BusinessRuleException("monthlyFee", "enrollment.field.required");
		}
		if (fee.signum() < 0 || fee.scale() > 2) {
			throw new BusinessRuleException("monthlyFee", "enrollment.fee.invalid");
		}
		if (published.isPresent() && fee.compareTo(published.get()) > 0) {
			throw new BusinessRuleException("monthlyFee", "enrollment.fee.abovePublished", published.get());
		}
		Optional<BigDecimal> cap = cap(detail, start);
		if (cap.isPresent() && fee.compareTo(cap.get()) > 0) {
			throw new BusinessRuleException("monthlyFee", "enrollment.fee.aboveCap", cap.get());
		}
	}

	private static Optional<BigDecimal> cap(InstitutionDetail detail, LocalDate day) {
		return detail.institution().inclusiveOn(day) ? Optional.ofNullable(detail.institution().inclusivePriceCap())
				: Optional.empty();
	}

	private static Optional<BigDecimal> fee(InstitutionDetail detail, ClassType type, ServiceForm form) {
		return detail.fees()
			.stream()
			.filter(f -> f.classType() == type && f.serviceForm() == form)
			.map(Fee::monthlyFee)
			.findFirst();
	}
}
