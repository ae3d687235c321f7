package org.tuoyu.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tuoyu.enrollment.VoucherKind;
import org.tuoyu.enrollment.VoucherStatus;
import org.tuoyu.enrollment.internal.VoucherEligibilityPolicy.Rule;
import org.tuoyu.enrollment.internal.VoucherRedemptionPolicy.Facts;

class VoucherRedemptionPolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@Test
	void anIssuedVoucherAtAParticipatingInstitutionIsRedeemedUpToItsLastDay() {
		assertThat(VoucherRedemptionPolicy.refusal(new Facts(VoucherStatus.ISSUED, VoucherKind.TRIAL, TODAY, true, false), TODAY))
			.isEmpty();
	}

	@Test
	void eachBrokenRuleHasItsOwnReasonInOrder() {
		assertThat(refusal(VoucherStatus.REDEEMED, VoucherKind.TRIAL, TODAY, true, true)).contains("voucher.redeem.already");
		assertThat(refusal(VoucherStatus.REVOKED, VoucherKind.TRIAL, TODAY, true, true)).contains("voucher.redeem.revoked");
		assertThat(refusal(VoucherStatus.EXPIRED, VoucherKind.TRIAL, TODAY, true, true)).contains("voucher.redeem.expired");
		assertThat(refusal(VoucherStatus.ISSUED, VoucherKind.TRIAL, TODAY.minusDays(1), false, false))
			.contains("voucher.redeem.expired");
		assertThat(refusal(VoucherStatus.ISSUED, VoucherKind.TRIAL, TODAY, false, true))
			.contains("voucher.redeem.notParticipating");
		assertThat(refusal(VoucherStatus.ISSUED, VoucherKind.CONSUMPTION, TODAY, true, false))
			.contains("voucher.redeem.noPlacement");
		assertThat(refusal(VoucherStatus.ISSUED, VoucherKind.CONSUMPTION, TODAY, true, true)).isEmpty();
	}

	@Test
	void onlyAnIssuedVoucherPastItsDayIsDueToExpire() {
		assertThat(VoucherRedemptionPolicy.pastExpiry(VoucherStatus.ISSUED, TODAY.minusDays(1), TODAY)).isTrue();
		assertThat(VoucherRedemptionPolicy.pastExpiry(VoucherStatus.ISSUED, TODAY, TODAY)).isFalse();
		assertThat(VoucherRedemptionPolicy.pastExpiry(VoucherStatus.REDEEMED, TODAY.minusDays(1), TODAY)).isFalse();
	}

	@Test
	void eligibilityByRuleNeedsTheAgeRangeAndAHomeOrPlacementInTheArea() {
		Rule district = new Rule("320213", List.of(), 6, 36);
		Rule street = new Rule("320213", List.of("320213029"), 6, 36);
		LocalDate fifteenMonths = TODAY.minusMonths(15);
		assertThat(VoucherEligibilityPolicy.eligibleByRule(district, fifteenMonths, TODAY, "320213021", null)).isTrue();
		assertThat(VoucherEligibilityPolicy.eligibleByRule(district, fifteenMonths, TODAY, null, "320213021")).isTrue();
		assertThat(VoucherEligibilityPolicy.eligibleByRule(district, fifteenMonths, TODAY, "320206001", null)).isFalse();
		assertThat(VoucherEligibilityPolicy.eligibleByRule(district, fifteenMonths, TODAY, null, null)).isFalse();
		assertThat(VoucherEligibilityPolicy.eligibleByRule(street, fifteenMonths, TODAY, "320213021", null)).isFalse();
		assertThat(VoucherEligibilityPolicy.eligibleByRule(street, fifteenMonths, TODAY, "320213021", "320213029")).isTrue();
		assertThat(VoucherEligibilityPolicy.ageFits(district, TODAY.minusMonths(6), TODAY)).isTrue();
		assertThat(VoucherEligibilityPolicy.ageFits(district, TODAY.minusMonths(6).plusDays(1), TODAY)).isFalse();
		assertThat(VoucherEligibilityPolicy.ageFits(district, TODAY.minusMonths(37), TODAY)).isFalse();
	}

	@Test
	void consumptionVouchersCoverAMonthOfTheProgrammeThatIsNotOver() {
		LocalDate from = LocalDate.of(2026, 9, 1);
		LocalDate until = LocalDate.of(2026, 12, 15);
		assertThat(VoucherEligibilityPolicy.issueRefusal(VoucherKind.TRIAL, from, until, null, TODAY)).isEmpty();
		assertThat(VoucherEligibilityPolicy.issueRefusal(VoucherKind.TRIAL, from, until, null, until.plusDays(1)))
			.contains("voucher.issue.ended");
		assertThat(VoucherEligibilityPolicy.issueRefusal(VoucherKind.CONSUMPTION, from, until, null, TODAY))
			.contains("voucher.issue.month");
		assertThat(VoucherEligibilityPolicy.issueRefusal(VoucherKind.CONSUMPTION, from, until, YearMonth.of(2027, 1), TODAY))
			.contains("voucher.issue.monthOutside");
		assertThat(VoucherEligibilityPolicy.issueRefusal(VoucherKind.CONSUMPTION, from, until, YearMonth.of(2026, 10), TODAY))
			.contains("voucher.issue.monthPast");
		assertThat(VoucherEligibilityPolicy.issueRefusal(VoucherKind.CONSUMPTION, from, until, YearMonth.of(2026, 12), TODAY))
			.isEmpty();
		assertThat(VoucherEligibilityPolicy.expiresOn(until, YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(VoucherEligibilityPolicy.expiresOn(until, YearMonth.of(2026, 12))).isEqualTo(until);
		assertThat(VoucherEligibilityPolicy.expiresOn(until, null)).isEqualTo(until);
	}

	@Test
	void codesAreEightCharactersWithoutLookAlikesAndTypedCodesAreNormalised() {
		for (int i = 0; i < 200; i++) {
			assertThat(VoucherCodes.next()).matches("[2-9A-HJ-NP-Z]{8}");
		}
		assertThat(VoucherCodes.normalise(" ab2c-d3ef ")).isEqualTo("AB2CD3EF");
	}

	private static java.util.Optional<String> refusal(VoucherStatus status, VoucherKind kind, LocalDate expires,
			boolean participating, boolean placed) {
		return VoucherRedemptionPolicy.refusal(new Facts(status, kind, expires, participating, placed), TODAY);
	}
}
