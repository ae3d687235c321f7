package org.tuoyu.supervision;

import java.util.Map;
import java.util.UUID;

/**
 * An eligible institution with its integer weight and each risk signal's factor.
 *
 * @param institutionId the institution
 * @param institutionName its name, or {@code null} if unknown here
 * @param weight the integer weight used by the draw
 * @param factors the factor of each risk signal by name, as published (plain decimals)
 */
public record DrawCandidate(UUID institutionId, String institutionName, long weight, Map<String, String> factors) {

	public DrawCandidate {
		factors = Map.copyOf(factors);
	}
}
