package org.tuoyu.institution.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.institution.DirectoryEntry;
import org.tuoyu.institution.DirectoryQuery;
import org.tuoyu.institution.Filing;
import org.tuoyu.institution.FilingManagement;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.Vacancies;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.institution.web.InstitutionApiController.DetailView;

/**
 * The public directory API (no login): nearby search and each filed institution's disclosure.
 */
@RestController
@RequestMapping("/api/v1/directory")
class DirectoryApiController {

	private final InstitutionDirectory directory;

	private final InstitutionManagement institutions;

	private final FilingManagement filings;

	private final Supplier<Vacancies> vacancies;

	DirectoryApiController(InstitutionDirectory directory, InstitutionManagement institutions, FilingManagement filings,
			ObjectProvider<Vacancies> vacancies) {
		this.vacancies = SingletonSupplier.of(vacancies::getIfAvailable);
		this.directory = directory;
		this.institutions = institutions;
		this.filings = filings;
	}

	/** The public disclosure (信息公示) of one institution, with its filing date. */
	record Disclosure(DetailView detail, Instant filedAt, Map<ClassType, Vacancies.Vacancy> vacancies) {
	}

	/**
	 * Filed institutions within radiusM metres of the point — given as lat/lng, or as a community or
	 * street whose filed sites' centre is used — sorted by distanceM.
	 */
	@GetMapping("/institutions")
	List<DirectoryEntry> search(@RequestParam(required = false) BigDecimal lat,
			@RequestParam(required = false) BigDecimal lng, @RequestParam(required = false) String community,
			@RequestParam(required = false) String street,
			@RequestParam(required = false) Integer radiusM, @RequestParam(required = false) Integer ageMonths,
			@RequestParam(defaultValue = "false") boolean inclusive, @RequestParam(required = false) BigDecimal maxFee,
			@RequestParam(required = false) ServiceForm serviceForm,
			@RequestParam(defaultValue = "false") boolean demonstration) {
		BigDecimal centreLat = lat;
		BigDecimal centreLng = lng;
		if (lat == null || lng == null) {
			// A community (or street) stands for the centre of its filed sites.
			java.util.Optional<double[]> centre = directory.centre(community, street);
			if (centre.isPresent()) {
				centreLat = BigDecimal.valueOf(centre.get()[0]);
				centreLng = BigDecimal.valueOf(centre.get()[1]);
			}
			else if (community != null || street != null) {
				throw new org.tuoyu.platform.BusinessRuleException("community", "directory.noCentre");
			}
		}
		return directory.search(new DirectoryQuery(centreLat, centreLng, radiusM, ageMonths, inclusive, maxFee,
				serviceForm, demonstration));
	}

	@GetMapping("/institutions/{id}")
	Disclosure disclosure(@PathVariable UUID id) {
		var detail = institutions.disclosure(id);
		Vacancies source = vacancies.get();
		return new Disclosure(DetailView.of(detail),
				java.util.Optional.ofNullable(filings.publicRecord(id).filed()).map(Filing::decidedAt).orElse(null),
				source == null ? Map.of() : source.of(detail));
	}
}
