package org.tuoyu.supervision;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Sha256;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.internal.DrawAlgorithm;
import org.tuoyu.supervision.internal.DrawInputs;
import org.tuoyu.supervision.internal.DrawResult;
import org.tuoyu.supervision.internal.DrawRows;
import org.tuoyu.supervision.internal.InspectorRows;

/**
 * The public side of double-random draws (一公开), no login needed: every sealed draw with its seed
 * hash and inputs hash, the exact inputs bytes, and once drawn the seed and result; and
 * verification, which recomputes a draw from inputs and a seed and compares hashes and result.
 */
@Service
public class DrawPublication {

	private static final int LIST_LIMIT = 500;

	private final DrawRows draws;

	private final InspectorRows inspectors;

	private final InstitutionManagement institutions;

	private final KnownDivisions divisions;

	DrawPublication(DrawRows draws, InspectorRows inspectors, InstitutionManagement institutions,
			KnownDivisions divisions) {
		this.draws = draws;
		this.inspectors = inspectors;
		this.institutions = institutions;
		this.divisions = divisions;
	}

	/** The sealed draws, newest first. */
	@Transactional(readOnly = true)
	public List<DrawSummary> draws() {
		Map<String, String> names = new HashMap<>();
		return draws.all(LIST_LIMIT).stream().map(row -> summary(row, names)).toList();
	}

	/** One sealed draw: parameters, candidates, hashes, and once drawn the seed and named result. */
	@Transactional(readOnly = true)
	public DrawDetail detail(UUID id) {
		DrawRows.Row row = draws.find(id).orElseThrow(() -> new NotFoundException("draw"));
		DrawInputs inputs = DrawInputs.parse(row.inputs());
		Map<UUID, Institution> named = institutions
			.institutionsByIds(inputs.candidates().stream().map(DrawInputs.Candidate::institutionId).toList());
		List<DrawCandidate> candidates = inputs.candidates()
			.stream()
			.map(c -> new DrawCandidate(c.institutionId(), nameOf(named, c.institutionId()), c.weight(), c.factors()))
			.toList();
		List<DrawAssignment> assignments = row.drawn() ? named(DrawResult.parse(row.result())) : List.of();
		return new DrawDetail(summary(row, new HashMap<>()), inputs.parameters(), inputs.targets(),
				inputs.inspectorsPerTarget(), inputs.inspectors().size(), inputs.exclusions().size(), candidates,
				row.drawn() ? HexFormat.of().formatHex(row.seed()) : null, assignments);
	}

	/** The exact canonical inputs bytes whose SHA-256 was published at sealing. */
	@Transactional(readOnly = true)
	public byte[] inputs(UUID id) {
		return draws.find(id).orElseThrow(() -> new NotFoundException("draw")).inputs();
	}

	/**
	 * Recomputes a made draw from its published inputs and seed and compares with what was
	 * published; a draw only sealed cannot be verified yet.
	 */
	@Transactional(readOnly = true)
	public DrawCheck verify(UUID id) {
		DrawRows.Row row = draws.find(id).orElseThrow(() -> new NotFoundException("draw"));
		if (!row.drawn()) {
			throw new BusinessRuleException(null, "supervision.draw.verify.notDrawn");
		}
		return verify(row.inputs(), HexFormat.of().formatHex(row.seed()), row.seedHash(), row.inputsHash(),
				row.result());
	}

	/**
	 * Recomputes a draw from inputs bytes and a seed (64 hex digits); each expected value given
	 * (seed hash, inputs hash, result JSON) is compared with what was recomputed.
	 */
	public DrawCheck verify(byte[] inputs, String seedHex, String expectedSeedHash, String expectedInputsHash,
			String expectedResult) {
		byte[] seed = seed(seedHex);
		if (inputs == null || inputs.length == 0) {
			throw new BusinessRuleException("inputs", "supervision.draw.verify.inputs");
		}
		DrawInputs parsed;
		try {
			parsed = DrawInputs.parse(inputs);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException("inputs", "supervision.draw.verify.inputs");
		}
		DrawResult result = DrawAlgorithm.draw(seed, parsed);
		String seedHash = Sha256.hex(seed);
		String inputsHash = Sha256.hex(inputs);
		return new DrawCheck(seedHash, inputsHash, matches(seedHash, expectedSeedHash),
				matches(inputsHash, expectedInputsHash), resultMatches(result, expectedResult), result.canonicalJson(),
				named(result));
	}

	private static byte[] seed(String hex) {
		String value = hex == null ? "" : hex.strip().toLowerCase(java.util.Locale.ROOT);
		if (!value.matches("[0-9a-f]{" + DrawAlgorithm.SEED_BYTES * 2 + "}")) {
			throw new BusinessRuleException("seed", "supervision.draw.verify.seed", DrawAlgorithm.SEED_BYTES * 2);
		}
		return HexFormat.of().parseHex(value);
	}

	private static Boolean matches(String actual, String expected) {
		return expected == null || expected.isBlank() ? null : actual.equalsIgnoreCase(expected.strip());
	}

	private static Boolean resultMatches(DrawResult actual, String expected) {
		if (expected == null || expected.isBlank()) {
			return null;
		}
		try {
			return actual.equals(DrawResult.parse(expected));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private List<DrawAssignment> named(DrawResult result) {
		List<UUID> institutionIds = result.assignments().stream().map(DrawResult.Assignment::institution).toList();
		Map<UUID, Institution> named = institutions.institutionsByIds(institutionIds);
		Map<UUID, String> people = new HashMap<>();
		inspectors
			.byIds(result.assignments().stream().flatMap(a -> a.inspectors().stream()).distinct().toList())
			.forEach(row -> people.put(row.accountId(), row.displayName()));
		List<DrawAssignment> assignments = new ArrayList<>();
		for (int k = 0; k < result.assignments().size(); k++) {
			DrawResult.Assignment assignment = result.assignments().get(k);
			assignments.add(new DrawAssignment(k + 1, assignment.institution(), nameOf(named, assignment.institution()),
					assignment.inspectors()
						.stream()
						.map(inspector -> new DrawAssignment.Inspector(inspector, people.get(inspector)))
						.toList(),
					assignment.missing()));
		}
		return assignments;
	}

	private static String nameOf(Map<UUID, Institution> named, UUID id) {
		Institution institution = named.get(id);
		return institution == null ? null : institution.name();
	}

	private DrawSummary summary(DrawRows.Row row, Map<String, String> names) {
		return new DrawSummary(row.id(), row.planId(), row.planName(), row.divisionCode(),
				names.computeIfAbsent(row.divisionCode(), code -> divisions.nameOf(DivisionCode.of(code)).orElse(code)),
				row.periodStart(), row.periodEnd(), row.sealedAt(), row.seedHash(), row.inputsHash(), row.drawnAt());
	}

	/** The inputs as text, for pages that show or prefill them. */
	public static String text(byte[] inputs) {
		return new String(inputs, StandardCharsets.UTF_8);
	}
}
