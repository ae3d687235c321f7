package org.tuoyu.institution;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.internal.DirectorySearch;
import org.tuoyu.institution.internal.InstitutionRows;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.region.Division;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.DivisionCode;

/**
 * The public directory: filed institutions near a point, within the 15-minute circle by default,
 * nearest first, with filters a family cares about. No login needed.
 */
@Service
public class InstitutionDirectory {

	private final DirectorySearch search;

	private final DirectoryRules directoryRules;

	private final InstitutionRules institutionRules;

	private final RegionManagement regions;

	private final InstitutionRows rows;

	private final Supplier<Vacancies> vacancies;

	InstitutionDirectory(DirectorySearch search, DirectoryRules directoryRules, InstitutionRules institutionRules,
			RegionManagement regions, InstitutionRows rows, ObjectProvider<Vacancies> vacancies) {
		this.vacancies = SingletonSupplier.of(vacancies::getIfAvailable);
		this.search = search;
		this.directoryRules = directoryRules;
		this.institutionRules = institutionRules;
		this.regions = regions;
		this.rows = rows;
	}

	/**
	 * Institutions near the point, nearest first; every result lies within the radius. One
	 * statement, so no transaction is opened (it would cost three extra round trips per search).
	 */
	public List<DirectoryEntry> search(DirectoryQuery query) {
		if (query.latitude() == null || query.longitude() == null || Math.abs(query.latitude().doubleValue()) > 90
				|| Math.abs(query.longitude().doubleValue()) > 180) {
			throw new BusinessRuleException("lat", "directory.point");
		}
		int radius = query.radiusMetres() == null ? directoryRules.defaultRadiusM() : query.radiusMetres();
		if (radius < 100 || radius > directoryRules.maxRadiusM()) {
			throw new BusinessRuleException("radiusM", "directory.radius", 100, directoryRules.maxRadiusM());
		}
		String[] types = null;
		if (query.ageMonths() != null) {
			if (query.ageMonths() < 0 || query.ageMonths() > 72) {
				throw new BusinessRuleException("ageMonths", "directory.age");
			}
			types = Arrays.stream(ClassType.values())
				.filter(type -> institutionRules.rule(type).takes(query.ageMonths()))
				.map(Enum::name)
				.toArray(String[]::new);
		}
		BigDecimal maxFee = query.maxMonthlyFee();
		if (maxFee != null && maxFee.signum() < 0) {
			throw new BusinessRuleException("maxFee", "institution.fee.amount");
		}
		List<DirectoryEntry> found = search.near(query.latitude().doubleValue(), query.longitude().doubleValue(), radius,
				types, query.inclusiveOnly(), maxFee, query.serviceForm() == null ? null : query.serviceForm().name(),
				query.demonstrationOnly());
		Vacancies source = vacancies.get();
		if (source == null || found.isEmpty()) {
			return found;
		}
		Map<UUID, Map<ClassType, Vacancies.Vacancy>> byInstitution = source
			.of(found.stream().map(DirectoryEntry::id).toList());
		return found.stream().map(entry -> entry.withVacancies(byInstitution.get(entry.id()))).toList();
	}

	/** Every filed or verified institution of the city, by name: the ones a family can apply to. */
	@Transactional(readOnly = true)
	public List<Institution> open() {
		return rows.within(directoryRules.city(), null, null)
			.stream()
			.map(InstitutionSummary::institution)
			.filter(i -> i.status() == InstitutionStatus.FILED || i.status() == InstitutionStatus.VERIFIED)
			.sorted(java.util.Comparator.comparing(Institution::name))
			.toList();
	}

	/** Streets/towns of the city, as starting points for a search. */
	@Transactional(readOnly = true)
	public List<Division> streets() {
		return regions.streetsUnder(DivisionCode.of(directoryRules.city()));
	}

	/**
	 * A starting point for a street: the centre of its sites, or of its county's when it has none.
	 */
	@Transactional(readOnly = true)
	public Optional<double[]> centreOf(String streetCode) {
		DivisionCode street = cityStreet(streetCode);
		return search.centroid(street.value()).or(() -> search.centroid(street.value().substring(0, 6)));
	}

	/**
	 * The starting point a family chose by name: a community (the finer) or else a street; empty
	 * when neither is given or neither has filed sites nearby.
	 */
	@Transactional(readOnly = true)
	public Optional<double[]> centre(String community, String street) {
		if (community != null && !community.isBlank()) {
			return centreOfCommunity(community);
		}
		if (street != null && !street.isBlank()) {
			return centreOf(street);
		}
		return Optional.empty();
	}

	/** The communities/villages of a street of the city, as finer starting points. */
	@Transactional(readOnly = true)
	public List<Division> communitiesOf(String streetCode) {
		return regions.subdivisionsOf(cityStreet(streetCode));
	}

	/**
	 * A starting point for a community: the centre of its filed sites, or of its street's when it
	 * has none.
	 */
	@Transactional(readOnly = true)
	public Optional<double[]> centreOfCommunity(String communityCode) {
		if (communityCode == null || communityCode.length() != 12) {
			throw new BusinessRuleException("community", "directory.point");
		}
		String street = communityCode.substring(0, 9);
		boolean known = communitiesOf(street).stream().anyMatch(c -> c.code().value().equals(communityCode));
		if (!known) {
			throw new BusinessRuleException("community", "directory.point");
		}
		return search.communityCentroid(communityCode).or(() -> centreOf(street));
	}

	private DivisionCode cityStreet(String streetCode) {
		DivisionCode city = DivisionCode.of(directoryRules.city());
		return streets().stream()
			.map(Division::code)
			.filter(code -> code.value().equals(streetCode) && code.isWithin(city))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("street", "directory.point"));
	}

	public DirectoryRules rules() {
		return directoryRules;
	}
}
