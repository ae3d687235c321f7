package org.tuoyu.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.Fee;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.CreditCode;
import org.tuoyu.shared.DivisionCode;

class FeePolicyTests {

	private static final LocalDate START = LocalDate.of(2026, 12, 1);

	@Test
	void theFeeStartsAsThePublishedFeeOfTheClassOrElseOfTheAgeType() {
		InstitutionDetail detail = institution(false, null, new Fee(ClassType.TODDLER, ServiceForm.FULL_DAY, new BigDecimal("2600")));
		assertThat(FeePolicy.published(detail, ClassType.MIXED, ClassType.TODDLER, ServiceForm.FULL_DAY)).contains(new BigDecimal("2600"));
		assertThat(FeePolicy.published(detail, ClassType.TODDLER, ClassType.TODDLER, ServiceForm.HALF_DAY)).isEmpty();
		assertThat(FeePolicy.initial(detail, Optional.of(new BigDecimal("2600")), START)).contains(new BigDecimal("2600"));
	}

	@Test
	void anInclusiveInstitutionNeverChargesAboveItsCapWhileTheStatusHolds() {
		InstitutionDetail detail = institution(true, new BigDecimal("2200"), new Fee(ClassType.TODDLER, ServiceForm.FULL_DAY, new BigDecimal("2600")));
		Optional<BigDecimal> published = Optional.of(new BigDecimal("2600"));
		assertThat(FeePolicy.initial(detail, published, START)).contains(new BigDecimal("2200"));
		assertThatThrownBy(() -> FeePolicy.check(new BigDecimal("2200.01"), detail, published, START))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("enrollment.fee.aboveCap"));
		FeePolicy.check(new BigDecimal("2200"), detail, published, START);
		// after the inclusive status lapses, only the published fee limits
		FeePolicy.check(new BigDecimal("2600"), detail, published, LocalDate.of(2028, 1, 1));
		assertThatThrownBy(() -> FeePolicy.check(new BigDecimal("2600.01"), detail, published, LocalDate.of(2028, 1, 1)))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("enrollment.fee.abovePublished"));
		assertThatThrownBy(() -> FeePolicy.check(new BigDecimal("10.001"), detail, published, START))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("enrollment.fee.invalid"));
	}

	private static InstitutionDetail institution(boolean inclusive, BigDecimal cap, Fee fee) {
		Institution institution = new Institution(UUID.randomUUID(), "测试托育园", CreditCode.of("91350100M000100Y43"),
				RegistrationType.ENTERPRISE, Ownership.PRIVATE, InstitutionCategory.STANDALONE, EnumSet.of(ServiceForm.FULL_DAY),
				"周园长", "0510-82345678", inclusive, cap, inclusive ? LocalDate.of(2027, 12, 31) : null, DemonstrationLevel.NONE,
				InstitutionStatus.FILED, DivisionCode.of("320213021"));
		return new InstitutionDetail(institution, List.of(), List.of(), List.of(fee));
	}
}
