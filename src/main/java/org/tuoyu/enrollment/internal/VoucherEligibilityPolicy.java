package org.tuoyu.enrollment.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.tuoyu.enrollment.VoucherKind;

/**
 * Who may receive a programme's voucher, when it may be issued and until when it is valid.
 * <ul>
 * <li>Age: whole months at the issue date within the programme's range (both ends included).</li>
 * <li>Area (issuing by rule only): the home street of the child's pending application, or the
 * street of the institution where the child holds an active placement, lies in the programme's
 * streets, or anywhere in its district when it lists none.</li>
 * <li>Issuing: not after the programme ends; a consumption voucher covers a chosen month that
 * overlaps the programme and has not ended.</li>
 * <li>Expiry: a trial voucher is valid until the programme ends; a consumption voucher until the
 * end of its month, or the programme's end if that comes first.</li>
 * </ul>
 */
public final class VoucherEligibilityPolicy {

	private VoucherEligibilityPolicy() {
	}

	/** The rule's parameters. */
	public record Rule(String district, List<String> streets, int minAgeMonths, int maxAgeMonths) {
	}

	/** Whether the child's age in whole months on the day lies within the rule's range. */
	public static boolean ageFits(Rule rule, LocalDate birthDate, LocalDate on) {
		int age = AgeClassPolicy.ageMonths(birthDate, on);
		return !birthDate.isAfter(on) && age >= rule.minAgeMonths() && age <= rule.maxAgeMonths();
	}

	/** Whether a street (9 digits, may be {@code null}) lies in the programme's area. */
	public static boolean inArea(Rule rule, String street) {
		if (street == null) {
			return false;
		}
		return rule.streets().isEmpty() ? street.startsWith(rule.district()) : rule.streets().contains(street);
	}

	/** Eligibility by rule: age and area by home street or placement street. */
	public static boolean eligibleByRule(Rule rule, LocalDate birthDate, LocalDate on, String homeStreet,
			String placementStreet) {
		return ageFits(rule, birthDate, on) && (inArea(rule, homeStreet) || inArea(rule, placementStreet));
	}

	/** Why vouchers of the programme cannot be issued today for the month, or empty. */
	public static Optional<String> issueRefusal(VoucherKind kind, LocalDate validFrom, LocalDate validUntil,
			YearMonth month, LocalDate today) {
		if (today.isAfter(validUntil)) {
			return Optional.of("voucher.issue.ended");
		}
		if (kind == VoucherKind.CONSUMPTION) {
			if (month == null) {
				return Optional.of("voucher.issue.month");
			}
			if (month.atDay(1).isAfter(validUntil) || month.atEndOfMonth().isBefore(validFrom)) {
				return Optional.of("voucher.issue.monthOutside");
			}
			if (month.atEndOfMonth().isBefore(today)) {
				return Optional.of("voucher.issue.monthPast");
			}
		}
		return Optional.empty();
	}

	/** The last day a voucher is valid. */
	public static LocalDate expiresOn(LocalDate validUntil, YearMonth month) {
		if (month == null) {
			return validUntil;
		}
		LocalDate end = month.atEndOfMonth();
		return end.isBefore(validUntil) ? end : validUntil;
	}
}
