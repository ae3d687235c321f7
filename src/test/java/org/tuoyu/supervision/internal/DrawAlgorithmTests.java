package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DrawAlgorithmTests {

	private static final UUID PLAN = UUID.fromString("01900000-0000-7000-8000-000000000001");

	private static UUID id(int n) {
		return UUID.fromString("01900000-0000-7000-8000-%012d".formatted(n));
	}

	private static byte[] seed(int n) {
		byte[] seed = new byte[32];
		seed[31] = (byte) n;
		seed[0] = (byte) (n >> 8);
		return seed;
	}

	private static DrawInputs inputs(int targets, int perTarget, Map<UUID, Long> weights, List<UUID> inspectors,
			List<DrawInputs.Exclusion> exclusions) {
		List<DrawInputs.Candidate> candidates = new ArrayList<>();
		weights.forEach((id, weight) -> candidates.add(new DrawInputs.Candidate(id, weight, new TreeMap<>())));
		return new DrawInputs(1, PLAN, "320281", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), new TreeMap<>(),
				targets, perTarget, 10_000, candidates, inspectors, exclusions);
	}

	private static Map<UUID, Long> equalWeights(int from, int count) {
		Map<UUID, Long> weights = new HashMap<>();
		for (int i = from; i < from + count; i++) {
			weights.put(id(i), 10_000L);
		}
		return weights;
	}

	private static final List<UUID> INSPECTORS = List.of(id(901), id(902), id(903), id(904));

	@Test
	void theSameSeedAndInputsGiveTheSameResult() {
		DrawInputs inputs = inputs(5, 2, equalWeights(1, 20), INSPECTORS, List.of());
		DrawResult first = DrawAlgorithm.draw(seed(7), inputs);
		DrawResult again = DrawAlgorithm.draw(seed(7), DrawInputs.parse(inputs.canonicalBytes()));
		assertThat(again).isEqualTo(first);
		assertThat(again.canonicalJson()).isEqualTo(first.canonicalJson());
		assertThat(first.assignments()).hasSize(5)
			.allSatisfy(assignment -> assertThat(assignment.inspectors()).hasSize(2).doesNotHaveDuplicates());
		assertThat(first.assignments().stream().map(DrawResult.Assignment::institution)).doesNotHaveDuplicates();
	}

	@Test
	void aDifferentSeedGivesADifferentResult() {
		DrawInputs inputs = inputs(5, 2, equalWeights(1, 20), INSPECTORS, List.of());
		DrawResult first = DrawAlgorithm.draw(seed(7), inputs);
		for (int n = 8; n < 18; n++) {
			assertThat(DrawAlgorithm.draw(seed(n), inputs)).isNotEqualTo(first);
		}
	}

	@Test
	void excludedPairsAreNeverDrawnAndShortfallsAreRecorded() {
		List<DrawInputs.Exclusion> exclusions = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			exclusions.add(new DrawInputs.Exclusion(id(901), id(i), "WORKPLACE"));
			exclusions.add(new DrawInputs.Exclusion(id(902), id(i), "PREVIOUS_ROUND"));
		}
		exclusions.add(new DrawInputs.Exclusion(id(903), id(1), "WORKPLACE"));
		DrawInputs inputs = inputs(10, 2, equalWeights(1, 10), INSPECTORS, exclusions);
		for (int n = 0; n < 30; n++) {
			DrawResult result = DrawAlgorithm.draw(seed(n), inputs);
			assertThat(result.assignments()).hasSize(10).allSatisfy(assignment -> {
				assertThat(assignment.inspectors()).doesNotContain(id(901), id(902));
				if (assignment.institution().equals(id(1))) {
					assertThat(assignment.inspectors()).containsExactly(id(904));
					assertThat(assignment.missing()).isEqualTo(1);
				}
				else {
					assertThat(assignment.inspectors()).containsExactlyInAnyOrder(id(903), id(904));
					assertThat(assignment.missing()).isZero();
				}
			});
		}
	}

	@Test
	void inspectorsAreLoadBalanced() {
		DrawResult result = DrawAlgorithm.draw(seed(3), inputs(8, 1, equalWeights(1, 8), INSPECTORS, List.of()));
		Map<UUID, Integer> load = new HashMap<>();
		result.assignments().forEach(a -> a.inspectors().forEach(i -> load.merge(i, 1, Integer::sum)));
		assertThat(load.values()).containsOnly(2);
	}

	@Test
	void heavierCandidatesAreDrawnMoreOftenInProportion() {
		Map<UUID, Long> weights = equalWeights(1, 9);
		weights.put(id(10), 30_000L);
		DrawInputs inputs = inputs(1, 1, weights, INSPECTORS, List.of());
		int heavy = 0;
		int draws = 2000;
		for (int n = 0; n < draws; n++) {
			if (DrawAlgorithm.draw(seed(n), inputs).assignments().get(0).institution().equals(id(10))) {
				heavy++;
			}
		}
		// weight 3 of a total 12: expected 500 of 2000; ±4 standard deviations (≈ 77).
		assertThat(heavy).isBetween(423, 577);
	}

	@Test
	void zeroWeightCandidatesAreNeverDrawn() {
		Map<UUID, Long> weights = equalWeights(1, 3);
		weights.put(id(4), 0L);
		DrawResult result = DrawAlgorithm.draw(seed(1), inputs(4, 1, weights, INSPECTORS, List.of()));
		assertThat(result.assignments()).hasSize(3)
			.noneMatch(assignment -> assignment.institution().equals(id(4)));
	}

	@Test
	void canonicalBytesAreStableAndRoundTrip() {
		TreeMap<String, String> factors = new TreeMap<>(Map.of("credit", "1.5", "complaints", "2"));
		DrawInputs inputs = new DrawInputs(1, PLAN, "320281", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
				new TreeMap<>(Map.of("sampling", "COUNT")), 1, 1, 10_000,
				List.of(new DrawInputs.Candidate(id(2), 30_000, factors), new DrawInputs.Candidate(id(1), 10_000, new TreeMap<>())),
				List.of(id(902), id(901)), List.of(new DrawInputs.Exclusion(id(901), id(1), "WORKPLACE")));
		String json = new String(inputs.canonicalBytes(), StandardCharsets.UTF_8);
		assertThat(json).startsWith("{\"version\":1,\"planId\":\"01900000-0000-7000-8000-000000000001\"")
			.contains("\"candidates\":[{\"id\":\"01900000-0000-7000-8000-000000000001\",\"weight\":10000,\"factors\":{}},"
					+ "{\"id\":\"01900000-0000-7000-8000-000000000002\",\"weight\":30000,\"factors\":{\"complaints\":\"2\",\"credit\":\"1.5\"}}]")
			.contains("\"inspectors\":[\"01900000-0000-7000-8000-000000000901\",\"01900000-0000-7000-8000-000000000902\"]")
			.doesNotContain(" ");
		assertThat(DrawInputs.parse(inputs.canonicalBytes()).canonicalBytes()).isEqualTo(inputs.canonicalBytes());
	}

	@Test
	void unreadableInputsAndShortSeedsAreRefused() {
		assertThatThrownBy(() -> DrawInputs.parse("{\"version\":2}".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DrawInputs.parse("not json".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DrawAlgorithm.draw(new byte[16], inputs(1, 1, equalWeights(1, 2), INSPECTORS, List.of())))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** The worked example of docs/supervision-draws.md, checked there by an independent Python implementation. */
	@Test
	void theDocumentedWorkedExampleGivesTheDocumentedHashesAndResult() {
		String published = """
				{"version":1,"planId":"01900000-0000-7000-8000-000000000001","division":"320281","periodStart":"2026-01-01","periodEnd":"2026-03-31","parameters":{"sampling":"COUNT","samplingValue":"2"},"targets":2,"inspectorsPerTarget":2,"weightScale":10000,"candidates":[{"id":"01900000-0000-7000-8000-00000000000a","weight":10000,"factors":{}},{"id":"01900000-0000-7000-8000-00000000000b","weight":15000,"factors":{"credit":"1.5"}},{"id":"01900000-0000-7000-8000-00000000000c","weight":5000,"factors":{"credit":"0.5"}}],"inspectors":["01900000-0000-7000-8000-0000000000e1","01900000-0000-7000-8000-0000000000e2","01900000-0000-7000-8000-0000000000e3"],"exclusions":[{"inspector":"01900000-0000-7000-8000-0000000000e1","institution":"01900000-0000-7000-8000-00000000000b","reason":"WORKPLACE"}]}""";
		byte[] bytes = published.getBytes(StandardCharsets.UTF_8);
		byte[] seed = new byte[32];
		for (int i = 0; i < 32; i++) {
			seed[i] = (byte) i;
		}
		assertThat(org.tuoyu.platform.Sha256.hex(bytes))
			.isEqualTo("c22ab1bc30fd08916e3b6daac322cea1babe4fbc111bf0b96bc24f6ed992c6f6");
		assertThat(org.tuoyu.platform.Sha256.hex(seed))
			.isEqualTo("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
		DrawInputs inputs = DrawInputs.parse(bytes);
		assertThat(inputs.canonicalBytes()).isEqualTo(bytes);
		assertThat(DrawAlgorithm.draw(seed, inputs).canonicalJson()).isEqualTo(
				"{\"assignments\":[{\"institution\":\"01900000-0000-7000-8000-00000000000b\",\"inspectors\":"
						+ "[\"01900000-0000-7000-8000-0000000000e2\",\"01900000-0000-7000-8000-0000000000e3\"],\"missing\":0},"
						+ "{\"institution\":\"01900000-0000-7000-8000-00000000000c\",\"inspectors\":"
						+ "[\"01900000-0000-7000-8000-0000000000e1\",\"01900000-0000-7000-8000-0000000000e3\"],\"missing\":0}]}");
	}
}
