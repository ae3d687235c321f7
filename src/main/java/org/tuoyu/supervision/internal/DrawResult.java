package org.tuoyu.supervision.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outcome of a draw, in draw order, published as canonical JSON:
 * {@code {"assignments":[{"institution":"…","inspectors":["…"],"missing":0}]}}.
 *
 * @param assignments the drawn institutions with their drawn inspectors
 */
public record DrawResult(List<Assignment> assignments) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public DrawResult {
		assignments = List.copyOf(assignments);
	}

	/**
	 * One drawn institution.
	 * @param institution the institution
	 * @param inspectors the inspectors drawn for it, in draw order
	 * @param missing how many inspectors could not be drawn because too few were free of conflicts
	 */
	public record Assignment(UUID institution, List<UUID> inspectors, int missing) {

		public Assignment {
			inspectors = List.copyOf(inspectors);
		}
	}

	/** The canonical JSON text. */
	public String canonicalJson() {
		StringBuilder json = new StringBuilder("{\"assignments\":[");
		for (int i = 0; i < assignments.size(); i++) {
			Assignment assignment = assignments.get(i);
			json.append(i == 0 ? "" : ",")
				.append("{\"institution\":")
				.append(CanonicalJson.string(assignment.institution().toString()))
				.append(",\"inspectors\":[");
			for (int j = 0; j < assignment.inspectors().size(); j++) {
				json.append(j == 0 ? "" : ",").append(CanonicalJson.string(assignment.inspectors().get(j).toString()));
			}
			json.append("],\"missing\":").append(assignment.missing()).append('}');
		}
		return json.append("]}").toString();
	}

	/** The canonical JSON as UTF-8 bytes. */
	public byte[] canonicalBytes() {
		return canonicalJson().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads a published result.
	 * @throws IllegalArgumentException when the text is not a draw result
	 */
	public static DrawResult parse(String text) {
		try {
			JsonNode root = JSON.readTree(text);
			JsonNode list = root == null ? null : root.get("assignments");
			if (list == null || !list.isArray()) {
				throw new IllegalArgumentException("not a draw result");
			}
			List<Assignment> assignments = new ArrayList<>();
			for (JsonNode node : list) {
				List<UUID> inspectors = new ArrayList<>();
				JsonNode ids = node.get("inspectors");
				if (ids == null || !ids.isArray()) {
					throw new IllegalArgumentException("inspectors is not an array");
				}
				for (JsonNode id : ids) {
					inspectors.add(UUID.fromString(id.stringValue()));
				}
				JsonNode institution = node.get("institution");
				JsonNode missing = node.get("missing");
				if (institution == null || !institution.isString() || missing == null || !missing.isIntegralNumber()) {
					throw new IllegalArgumentException("not an assignment");
				}
				assignments.add(new Assignment(UUID.fromString(institution.stringValue()), inspectors, missing.intValue()));
			}
			return new DrawResult(assignments);
		}
		catch (JacksonException | NullPointerException ex) {
			throw new IllegalArgumentException("unreadable draw result", ex);
		}
	}
}
