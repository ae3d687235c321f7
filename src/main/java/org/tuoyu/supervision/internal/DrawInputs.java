package org.tuoyu.supervision.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a draw is computed from, frozen when the draw is sealed and published as canonical
 * JSON bytes (the ones whose SHA-256 is published): no whitespace, keys in the order written here,
 * candidates, inspectors and exclusions in ascending order of their lower-case UUID text.
 *
 * @param version the format version, 1
 * @param planId the plan
 * @param division the plan's division code
 * @param periodStart first day of the plan's period
 * @param periodEnd last day of the plan's period
 * @param parameters how the candidates were chosen and the target count derived (informational)
 * @param targets how many institutions to draw
 * @param inspectorsPerTarget how many inspectors to draw for each institution
 * @param weightScale the integer weight of a candidate whose factors multiply to 1
 * @param candidates the eligible institutions with their integer weights
 * @param inspectors the account ids of the active inspectors
 * @param exclusions inspector–institution pairs that must never be drawn together
 */
public record DrawInputs(int version, UUID planId, String division, LocalDate periodStart, LocalDate periodEnd,
		SortedMap<String, String> parameters, int targets, int inspectorsPerTarget, long weightScale,
		List<Candidate> candidates, List<UUID> inspectors, List<Exclusion> exclusions) {

	/** The current format version. */
	public static final int VERSION = 1;

	private static final Comparator<UUID> CANONICAL = Comparator.comparing(UUID::toString);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public DrawInputs {
		parameters = new TreeMap<>(parameters);
		candidates = candidates.stream().sorted(Comparator.comparing(Candidate::institutionId, CANONICAL)).toList();
		inspectors = inspectors.stream().distinct().sorted(CANONICAL).toList();
		exclusions = exclusions.stream()
			.distinct()
			.sorted(Comparator.comparing(Exclusion::inspector, CANONICAL)
				.thenComparing(Exclusion::institution, CANONICAL)
				.thenComparing(Exclusion::reason))
			.toList();
	}

	/**
	 * One eligible institution.
	 * @param institutionId the institution
	 * @param weight its integer weight (the product of its factors × weightScale, rounded half up)
	 * @param factors each risk signal's factor as a plain decimal, by signal name
	 */
	public record Candidate(UUID institutionId, long weight, SortedMap<String, String> factors) {

		public Candidate {
			factors = new TreeMap<>(factors);
		}
	}

	/**
	 * A conflict of interest.
	 * @param inspector the inspector's account
	 * @param institution the institution
	 * @param reason {@code WORKPLACE} (worked there) or {@code PREVIOUS_ROUND} (inspected it in the previous round)
	 */
	public record Exclusion(UUID inspector, UUID institution, String reason) {
	}

	/** The inspectors that may not be drawn for the institution. */
	public Set<UUID> excludedInspectors(UUID institution) {
		Set<UUID> excluded = new HashSet<>();
		for (Exclusion exclusion : exclusions) {
			if (exclusion.institution().equals(institution)) {
				excluded.add(exclusion.inspector());
			}
		}
		return excluded;
	}

	/** The canonical JSON bytes (UTF-8) that are hashed and published. */
	public byte[] canonicalBytes() {
		StringBuilder json = new StringBuilder(256 + candidates.size() * 96);
		json.append("{\"version\":").append(version);
		json.append(",\"planId\":").append(CanonicalJson.string(planId.toString()));
		json.append(",\"division\":").append(CanonicalJson.string(division));
		json.append(",\"periodStart\":").append(CanonicalJson.string(periodStart.toString()));
		json.append(",\"periodEnd\":").append(CanonicalJson.string(periodEnd.toString()));
		json.append(",\"parameters\":").append(CanonicalJson.object(parameters));
		json.append(",\"targets\":").append(targets);
		json.append(",\"inspectorsPerTarget\":").append(inspectorsPerTarget);
		json.append(",\"weightScale\":").append(weightScale);
		json.append(",\"candidates\":[");
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			json.append(i == 0 ? "" : ",")
				.append("{\"id\":")
				.append(CanonicalJson.string(candidate.institutionId().toString()))
				.append(",\"weight\":")
				.append(candidate.weight())
				.append(",\"factors\":")
				.append(CanonicalJson.object(candidate.factors()))
				.append('}');
		}
		json.append("],\"inspectors\":[");
		for (int i = 0; i < inspectors.size(); i++) {
			json.append(i == 0 ? "" : ",").append(CanonicalJson.string(inspectors.get(i).toString()));
		}
		json.append("],\"exclusions\":[");
		for (int i = 0; i < exclusions.size(); i++) {
			Exclusion exclusion = exclusions.get(i);
			json.append(i == 0 ? "" : ",")
				.append("{\"inspector\":")
				.append(CanonicalJson.string(exclusion.inspector().toString()))
				.append(",\"institution\":")
				.append(CanonicalJson.string(exclusion.institution().toString()))
				.append(",\"reason\":")
				.append(CanonicalJson.string(exclusion.reason()))
				.append('}');
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads published inputs, e.g. pasted by someone verifying a draw.
	 * @throws IllegalArgumentException when the bytes are not inputs of a known version
	 */
	public static DrawInputs parse(byte[] bytes) {
		try {
			JsonNode root = JSON.readTree(bytes);
			if (root == null || !root.isObject() || integer(root, "version") != VERSION) {
				throw new IllegalArgumentException("not draw inputs of version " + VERSION);
			}
			List<Candidate> candidates = new ArrayList<>();
			for (JsonNode node : array(root, "candidates")) {
				long weight = integer(node, "weight");
				if (weight < 0) {
					throw new IllegalArgumentException("negative weight");
				}
				candidates.add(new Candidate(uuid(node, "id"), weight, strings(node.get("factors"))));
			}
			List<UUID> inspectors = new ArrayList<>();
			for (JsonNode node : array(root, "inspectors")) {
				inspectors.add(uuidOf(node));
			}
			List<Exclusion> exclusions = new ArrayList<>();
			for (JsonNode node : array(root, "exclusions")) {
				exclusions.add(new Exclusion(uuid(node, "inspector"), uuid(node, "institution"), text(node, "reason")));
			}
			int targets = Math.toIntExact(integer(root, "targets"));
			int perTarget = Math.toIntExact(integer(root, "inspectorsPerTarget"));
			if (targets < 0 || perTarget < 0) {
				throw new IllegalArgumentException("negative count");
			}
			return new DrawInputs(VERSION, uuid(root, "planId"), text(root, "division"),
					LocalDate.parse(text(root, "periodStart")), LocalDate.parse(text(root, "periodEnd")),
					strings(root.get("parameters")), targets, perTarget, integer(root, "weightScale"), candidates,
					inspectors, exclusions);
		}
		catch (JacksonException | java.time.DateTimeException | ArithmeticException ex) {
			throw new IllegalArgumentException("unreadable draw inputs", ex);
		}
	}

	private static Iterable<JsonNode> array(JsonNode node, String name) {
		JsonNode value = node.get(name);
		if (value == null || !value.isArray()) {
			throw new IllegalArgumentException(name + " is not an array");
		}
		return value;
	}

	private static long integer(JsonNode node, String name) {
		JsonNode value = node.get(name);
		if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
			throw new IllegalArgumentException(name + " is not an integer");
		}
		return value.longValue();
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		if (value == null || !value.isString()) {
			throw new IllegalArgumentException(name + " is not a string");
		}
		return value.stringValue();
	}

	private static UUID uuid(JsonNode node, String name) {
		return uuidOf(node.get(name));
	}

	private static UUID uuidOf(JsonNode value) {
		if (value == null || !value.isString()) {
			throw new IllegalArgumentException("not an id");
		}
		return UUID.fromString(value.stringValue());
	}

	private static SortedMap<String, String> strings(JsonNode node) {
		if (node == null || !node.isObject()) {
			throw new IllegalArgumentException("not an object");
		}
		SortedMap<String, String> values = new TreeMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!entry.getValue().isString()) {
				throw new IllegalArgumentException(entry.getKey() + " is not a string");
			}
			values.put(entry.getKey(), entry.getValue().stringValue());
		}
		return values;
	}
}
