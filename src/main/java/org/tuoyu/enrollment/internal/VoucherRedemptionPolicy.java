package org.tuoyu.enrollment.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.tuoyu.enrollment.VoucherKind;
import org.tuoyu.enrollment.VoucherStatus;

/**
 * When an institution may redeem a voucher: it is still issued (not redeemed, revoked or
 * expired), its expiry day has not passed, the institution participates in the programme, and
 * for a consumption voucher the child holds an active placement there in the month it covers.
 * The first rule broken is the reason given.
 */
public final class VoucherRedemptionPolicy {

	private VoucherRedemptionPolicy() {
	}

	/**
	 * What the rules look at.
	 *
	 * @param participating whether the redeeming institution takes part in the programme
	 * @param placedForMonth whether the child holds an active placement there in the service month
	 */
	public record Facts(VoucherStatus status, VoucherKind kind, LocalDate expiresOn, boolean participating,
			boolean placedForMonth) {
	}

	/** The message key of the reason the voucher cannot be redeemed today, or empty if it can. */
	public static Optional<String> refusal(Facts facts, LocalDate today) {
		switch (facts.status()) {
			case REDEEMED:
				return Optional.of("voucher.redeem.already");
			case REVOKED:
				return Optional.of("voucher.redeem.revoked");
			case EXPIRED:
				return Optional.of("voucher.redeem.expired");
			default:
				break;
		}
		if (pastExpiry(facts.status(), facts.expiresOn(), today)) {
			return Optional.of("voucher.redeem.expired");
		}
		if (!facts.participating()) {
			return Optional.of("voucher.redeem.notParticipating");
		}
		if (facts.kind() == VoucherKind.CONSUMPTION && !facts.placedForMonth()) {
			return Optional.of("voucher.redeem.noPlacement");
		}
		return Optional.empty();
	}

	/** Whether an issued voucher is past its expiry day (it is valid through {@code expiresOn}). */
	public static boolean pastExpiry(VoucherStatus status, LocalDate expiresOn, LocalDate today) {
		return status == VoucherStatus.ISSUED && expiresOn.isBefore(today);
	}
}
