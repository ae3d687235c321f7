package org.tuoyu.supervision.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The double-random draw (双随机), deterministic from a 32-byte seed and the published inputs, using
 * only integers and HMAC-SHA256 so that anyone can re-implement it (docs/supervision-draws.md):
 * <ol>
 * <li>Targets: for k = 0, 1, … while fewer than {@code targets} are drawn and some remaining
 * candidate has a positive weight: r = (HMAC-SHA256(seed, "target:" + k) as an unsigned big-endian
 * integer) mod (sum of the remaining weights); walk the remaining candidates in input order adding
 * up weights and take the first whose running sum exceeds r; remove it.</li>
 * <li>Inspectors, for the k-th drawn institution and j = 0 … inspectorsPerTarget − 1: the eligible
 * inspectors are those not excluded for the institution and not already drawn for it; if none is
 * left, the rest is recorded as missing; otherwise keep those with the fewest assignments so far in
 * this draw (in input order) and take index HMAC-SHA256(seed, "inspector:" + k + ":" + j) mod their
 * count.</li>
 * </ol>
 */
public final class DrawAlgorithm {

	/** The length of a seed in bytes. */
	public static final int SEED_BYTES = 32;

	private DrawAlgorithm() {
	}

	/** Computes the draw from the seed and the inputs. */
	public static DrawResult draw(byte[] seed, DrawInputs inputs) {
		if (seed.length != SEED_BYTES) {
			throw new IllegalArgumentException("a seed has " + SEED_BYTES + " bytes");
		}
		Mac mac = mac(seed);
		List<UUID> targets = targets(mac, inputs);
		Map<UUID, Integer> load = new HashMap<>();
		inputs.inspectors().forEach(inspector -> load.put(inspector, 0));
		List<DrawResult.Assignment> assignments = new ArrayList<>();
		for (int k = 0; k < targets.size(); k++) {
			UUID institution = targets.get(k);
			Set<UUID> excluded = inputs.excludedInspectors(institution);
			List<UUID> chosen = new ArrayList<>();
			int missing = 0;
			for (int j = 0; j < inputs.inspectorsPerTarget(); j++) {
				List<UUID> eligible = inputs.inspectors()
					.stream()
					.filter(inspector -> !excluded.contains(inspector) && !chosen.contains(inspector))
					.toList();
				if (eligible.isEmpty()) {
					missing = inputs.inspectorsPerTarget() - j;
					break;
				}
				int fewest = eligible.stream().mapToInt(load::get).min().orElseThrow();
				List<UUID> pool = eligible.stream().filter(inspector -> load.get(inspector) == fewest).toList();
				UUID picked = pool.get(index(mac, "inspector:" + k + ":" + j, pool.size()));
				chosen.add(picked);
				load.merge(picked, 1, Integer::sum);
			}
			assignments.add(new DrawResult.Assignment(institution, chosen, missing));
		}
		return new DrawResult(assignments);
	}

	private static List<UUID> targets(Mac mac, DrawInputs inputs) {
		Map<UUID, Long> remaining = new LinkedHashMap<>();
		inputs.candidates().forEach(candidate -> remaining.put(candidate.institutionId(), candidate.weight()));
		List<UUID> drawn = new ArrayList<>();
		for (int k = 0; drawn.size() < inputs.targets(); k++) {
			long total = remaining.values().stream().mapToLong(Long::longValue).sum();
			if (total <= 0) {
				break;
			}
			long r = number(mac, "target:" + k).mod(BigInteger.valueOf(total)).longValueExact();
			long running = 0;
			for (Map.Entry<UUID, Long> candidate : remaining.entrySet()) {
				running += candidate.getValue();
				if (r < running) {
					drawn.add(candidate.getKey());
					break;
				}
			}
			remaining.remove(drawn.get(drawn.size() - 1));
		}
		return List.copyOf(drawn);
	}

	private static int index(Mac mac, String message, int count) {
		return number(mac, message).mod(BigInteger.valueOf(count)).intValueExact();
	}

	private static BigInteger number(Mac mac, String message) {
		return new BigInteger(1, mac.doFinal(message.getBytes(StandardCharsets.US_ASCII)));
	}

	private static Mac mac(byte[] seed) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(seed, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required by every Java platform", ex);
		}
	}
}
