package org.tuoyu.staff.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.tuoyu.staff.Certificate;
import org.tuoyu.staff.CertificateStatus;
import org.tuoyu.staff.CertificateType;
import org.tuoyu.staff.RequirementCheck;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.staff.StaffRules;

/**
 * Whether a person's certificates meet their role's requirements on a day: a certificate is valid
 * until its expiry date inclusive and expiring within the warning window before it; a requirement
 * is met by its best certificate (the one valid longest).
 */
public final class CertificatePolicy {

	private final StaffRules rules;

	public CertificatePolicy(StaffRules rules) {
		this.rules = rules;
	}

	/** The status of one certificate with this expiry date (empty: does not expire). */
	public CertificateStatus statusOf(LocalDate expiresOn, LocalDate today) {
		if (expiresOn == null) {
			return CertificateStatus.VALID;
		}
		if (expiresOn.isBefore(today)) {
			return CertificateStatus.EXPIRED;
		}
		return expiresOn.isAfter(today.plusDays(rules.expiryWarningDays())) ? CertificateStatus.VALID
				: CertificateStatus.EXPIRING;
	}

	/** Each requirement of the role against the certificates. */
	public List<RequirementCheck> check(StaffRole role, List<Certificate> certificates, LocalDate today) {
		return rules.requirementsOf(role).stream().map(acceptable -> {
			Optional<Certificate> best = certificates.stream()
				.filter(c -> acceptable.contains(c.type()))
				.max(Comparator.comparing(c -> c.expiresOn() == null ? LocalDate.MAX : c.expiresOn()));
			return best
				.map(c -> new RequirementCheck(role, acceptable, statusOf(c.expiresOn(), today), c.expiresOn()))
				.orElseGet(() -> new RequirementCheck(role, acceptable, CertificateStatus.MISSING, null));
		}).toList();
	}

	/** The worst status over the checks (VALID when there are none). */
	public static CertificateStatus worst(List<RequirementCheck> checks) {
		return checks.stream()
			.map(RequirementCheck::status)
			.max(Comparator.comparingInt(CertificatePolicy::severity))
			.orElse(CertificateStatus.VALID);
	}

	private static int severity(CertificateStatus status) {
		return switch (status) {
			case VALID -> 0;
			case EXPIRING -> 1;
			case EXPIRED -> 2;
			case MISSING -> 3;
		};
	}

	/** Whether the level fits the type: 1–5 for 保育师, none for the others. */
	public static boolean levelAllowed(CertificateType type, Integer level) {
		return type.levelled() ? level != null && level >= 1 && level <= 5 : level == null;
	}
}
