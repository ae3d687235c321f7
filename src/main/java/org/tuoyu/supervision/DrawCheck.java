package org.tuoyu.supervision;

import java.util.List;

/**
 * The outcome of recomputing a draw from its inputs and seed. A check is {@code null} when there
 * was nothing to compare with (no expected value given).
 *
 * @param seedHash SHA-256 of the given seed
 * @param inputsHash SHA-256 of the given inputs bytes
 * @param seedHashMatches whether it equals the published (or expected) seed hash
 * @param inputsHashMatches whether it equals the published (or expected) inputs hash
 * @param resultMatches whether the recomputed result equals the published (or expected) one
 * @param result the recomputed result as canonical JSON
 * @param assignments the recomputed result, named where known
 */
public record DrawCheck(String seedHash, String inputsHash, Boolean seedHashMatches, Boolean inputsHashMatches,
		Boolean resultMatches, String result, List<DrawAssignment> assignments) {

	public DrawCheck {
		assignments = List.copyOf(assignments);
	}

	/** Whether every comparison made succeeded and at least one was made. */
	public boolean verified() {
		boolean any = seedHashMatches != null || inputsHashMatches != null || resultMatches != null;
		return any && !Boolean.FALSE.equals(seedHashMatches) && !Boolean.FALSE.equals(inputsHashMatches)
				&& !Boolean.FALSE.equals(resultMatches);
	}
}
