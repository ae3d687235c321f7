package org.tuoyu.guidance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.region.Division;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.InvalidValueException;

/**
 * What entering children into the register needs beyond the rules of one child, for one child or
 * a city's worth at once: the communities that exist (from the region module, one lookup per
 * street), which children are already in the register (by the resident ID's blind index, or
 * through the family module's child with that number), and the link of a new entry to the family
 * module's child with the same number and whether that child holds a place (enrollment).
 */
@Component
class RegisterChecks {

	/** The message key of a child whose resident ID is already in the register. */
	static final String ALREADY_REGISTERED = "guidance.register.alreadyRegistered";

	private final RegisterEntryPolicy policy;

	private final RegisterRows rows;

	private final RegisterIdentities identities;

	private final RegionManagement region;

	private final FamilyManagement family;

	private final EnrollmentRecordManagement enrollment;

	RegisterChecks(RegisterEntryPolicy policy, RegisterRows rows, RegisterIdentities identities, RegionManagement region,
			FamilyManagement family, EnrollmentRecordManagement enrollment) {
		this.policy = policy;
		this.rows = rows;
		this.identities = identities;
		this.region = region;
		this.family = family;
		this.enrollment = enrollment;
	}

	/**
	 * Checks one child against the register's rules (see {@link RegisterEntryPolicy#check}); the
	 * candidate carries its resident ID's blind index.
	 */
	Candidate check(NewRegisterChild child, DivisionCode area, Predicate<String> knownCommunity, boolean originRequired,
			LocalDate today) {
		Candidate candidate = policy.check(child, area, knownCommunity, originRequired, today);
		return candidate.indexed(identities.index(candidate.residentId()));
	}

	/** Which of the community codes inside the area exist, looked up once per street. */
	Set<String> knownCommunities(DivisionCode area, Collection<String> codes) {
		Set<String> streets = new HashSet<>();
		for (String raw : codes) {
			try {
				DivisionCode code = raw == null ? null : DivisionCode.of(raw);
				if (code != null && code.level() == DivisionLevel.COMMUNITY && code.isWithin(area)) {
					streets.add(code.value().substring(0, DivisionLevel.STREET.codeLength()));
				}
			}
			catch (InvalidValueException ex) {
				// the row's own check reports it
			}
		}
		Set<String> known = new HashSet<>();
		for (String street : streets) {
			region.subdivisionsOf(DivisionCode.of(street)).stream().map(Division::code).map(DivisionCode::value)
				.forEach(known::add);
		}
		return known;
	}

	/**
	 * The keys (row numbers) of the candidates already in the register: their resident ID's blind
	 * index is, or the family module's child with their number already has an entry.
	 */
	<K> Set<K> alreadyRegistered(Map<K, Candidate> candidates) {
		Map<String, K> byIndex = new HashMap<>();
		candidates.forEach((key, child) -> byIndex.put(child.indexHex(), key));
		Set<K> taken = new HashSet<>();
		rows.registeredIndexes(byIndex.keySet()).forEach(index -> taken.add(byIndex.get(index)));
		Map<String, UUID> familyChildren = familyChildren(candidates.values());
		Set<UUID> linked = rows.linkedFamilyChildren(familyChildren.values());
		candidates.forEach((key, child) -> {
			if (linked.contains(familyChildren.get(child.indexHex()))) {
				taken.add(key);
			}
		});
		return taken;
	}

	/**
	 * The rows to write for new children: each linked to the family module's child with the same
	 * resident ID, if any, and enrolled when that child holds a place now.
	 */
	List<RegisterRows.NewRow> linked(Collection<Candidate> candidates, String source, UUID importId) {
		Map<String, UUID> familyChildren = familyChildren(candidates);
		return candidates.stream().map(child -> {
			UUID familyChild = familyChildren.get(child.indexHex());
			boolean enrolled = familyChild != null && enrollment.currentPlacement(familyChild).isPresent();
			return new RegisterRows.NewRow(UuidV7.next(), child, familyChild, enrolled, source, importId);
		}).toList();
	}

	/** The family module's children with the candidates' resident IDs, by blind index, looked up in chunks. */
	private Map<String, UUID> familyChildren(Collection<Candidate> candidates) {
		List<String> indexes = candidates.stream().map(Candidate::indexHex).toList();
		Map<String, UUID> found = new HashMap<>();
		for (int from = 0; from < indexes.size(); from += RegisterRows.CHUNK) {
			found.putAll(family.childIdsByResidentIdIndexes(
					indexes.subList(from, Math.min(indexes.size(), from + RegisterRows.CHUNK))));
		}
		return found;
	}

	/** Whether the family module's child holds a place at an institution now. */
	boolean enrolled(UUID familyChildId) {
		return enrollment.currentPlacement(Objects.requireNonNull(familyChildId)).isPresent();
	}
}
