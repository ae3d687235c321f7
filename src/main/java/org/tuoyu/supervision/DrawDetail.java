package org.tuoyu.supervision;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A published draw with its parameters, its candidates and, once made, its seed and result.
 *
 * @param summary the published hashes and times
 * @param parameters how candidates were chosen and the target count derived
 * @param targets institutions to draw
 * @param inspectorsPerTarget inspectors to draw per institution
 * @param inspectorCount inspectors in the pool
 * @param exclusionCount excluded inspector–institution pairs
 * @param candidates the eligible institutions with weights and factors, in canonical order
 * @param seed the seed as lower-case hex once drawn, else {@code null}
 * @param assignments the result in draw order (empty until drawn)
 */
public record DrawDetail(DrawSummary summary, Map<String, String> parameters, int targets, int inspectorsPerTarget,
		int inspectorCount, int exclusionCount, List<DrawCandidate> candidates, String seed,
		List<DrawAssignment> assignments) {

	/** Prefix of the parameters that hold the plan's weight (0–200 %) of each signal, e.g. {@code riskWeight.credit}. */
	public static final String RISK_WEIGHT_PREFIX = "riskWeight.";

	public DrawDetail {
		parameters = Map.copyOf(parameters);
		candidates = List.copyOf(candidates);
		assignments = List.copyOf(assignments);
	}

	/**
	 * The plan's risk weights frozen into the inputs, by signal name (empty for draws sealed before
	 * plans had weights, which weighed every signal 100).
	 */
	public SortedMap<String, Integer> riskWeights() {
		SortedMap<String, Integer> weights = new TreeMap<>();
		parameters.forEach((key, value) -> {
			if (key.startsWith(RISK_WEIGHT_PREFIX) && value.matches("\\d{1,3}")) {
				weights.put(key.substring(RISK_WEIGHT_PREFIX.length()), Integer.valueOf(value));
			}
		});
		return weights;
	}

	/** Drawn institutions short of inspectors because of conflicts. */
	public long shortOfInspectors() {
		return assignments.stream().filter(assignment -> assignment.missing() > 0).count();
	}
}
