package org.tuoyu.enrollment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tuoyu.enrollment.EnrollmentRules;
import org.tuoyu.enrollment.PriorityReason;

/**
 * The published priority rules: points for a sibling already placed at the institution, for the
 * guardian working for the employer that runs the institution, for a family needing support and for living in the institution's street; more
 * points first, then the earlier application.
 */
public final class PriorityPolicy {

	private final EnrollmentRules rules;

	public PriorityPolicy(EnrollmentRules rules) {
		this.rules = rules;
	}

	/** The reasons that apply to an application at an institution. */
	public List<PriorityReason> reasons(boolean siblingEnrolled, boolean employerRun, boolean employerStaff,
			boolean supportNeeded, String homeStreet, String institutionStreet) {
		List<PriorityReason> reasons = new ArrayList<>();
		if (siblingEnrolled) {
			reasons.add(PriorityReason.SIBLING);
		}
		if (employerRun && employerStaff) {
			reasons.add(PriorityReason.EMPLOYER_STAFF);
		}
		if (supportNeeded) {
			reasons.add(PriorityReason.SUPPORT);
		}
		if (homeStreet != null && homeStreet.equals(institutionStreet)) {
			reasons.add(PriorityReason.SAME_STREET);
		}
		return reasons;
	}

	public int score(List<PriorityReason> reasons) {
		return reasons.stream().mapToInt(rules::pointsFor).sum();
	}

	/** Line order: higher score first, then earlier application, then id for a stable order. */
	public static <T extends Ranked> Comparator<T> lineOrder() {
		return Comparator.<T>comparingInt(Ranked::score)
			.reversed()
			.thenComparing(Ranked::appliedAt)
			.thenComparing(r -> r.id().toString());
	}

	/** What the line order needs to know of an entry. */
	public interface Ranked {

		int score();

		Instant appliedAt();

		java.util.UUID id();
	}
}
