package org.tuoyu.institution.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuoyu.institution.DirectoryEntry;
import org.tuoyu.institution.DisclosureSection;
import org.tuoyu.institution.DirectoryQuery;
import org.tuoyu.institution.FilingManagement;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.PublicFilingRecord;
import org.tuoyu.institution.Vacancies;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.BusinessRuleException;

/**
 * Public pages: search for childcare near a street or a point on the map, and each filed
 * institution's disclosure page (信息公示).
 */
@Controller
class DirectoryController {

	private final InstitutionDirectory directory;

	private final InstitutionManagement institutions;

	private final FilingManagement filings;

	private final ObjectProvider<Vacancies> vacancies;

	private final ObjectProvider<DisclosureSection> sections;

	DirectoryController(InstitutionDirectory directory, InstitutionManagement institutions, FilingManagement filings,
			ObjectProvider<Vacancies> vacancies, ObjectProvider<DisclosureSection> sections) {
		this.vacancies = vacancies;
		this.sections = sections;
		this.directory = directory;
		this.institutions = institutions;
		this.filings = filings;
	}

	@GetMapping("/directory")
	String search(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
			@RequestParam(required = false) BigDecimal lat,
			@RequestParam(required = false) BigDecimal lng, @RequestParam(required = false) Integer radiusM,
			@RequestParam(required = false) Integer ageMonths, @RequestParam(defaultValue = "false") boolean inclusive,
			@RequestParam(required = false) BigDecimal maxFee, @RequestParam(required = false) ServiceForm serviceForm,
			@RequestParam(defaultValue = "false") boolean demonstration, Model model) {
		model.addAttribute("streets", directory.streets());
		model.addAttribute("serviceForms", ServiceForm.values());
		model.addAttribute("defaultRadius", directory.rules().defaultRadiusM());
		model.addAttribute("outlineCity", directory.rules().city());
		model.addAttribute("radius", radiusM == null ? directory.rules().defaultRadiusM() : radiusM);
		model.addAttribute("selectedCommunity", community);
		boolean byStreet = street != null && !street.isBlank();
		// A point picked on the map is kept in the form; a street's centre is recomputed each time.
		model.addAttribute("pointLat", byStreet ? null : lat);
		model.addAttribute("pointLng", byStreet ? null : lng);
		BigDecimal centreLat = byStreet ? null : lat;
		BigDecimal centreLng = byStreet ? null : lng;
		if (byStreet) {
			java.util.Optional<double[]> centre;
			try {
				model.addAttribute("communities", directory.communitiesOf(street));
				centre = directory.centre(community, street);
			}
			catch (BusinessRuleException ex) {
				centre = java.util.Optional.empty();
			}
			if (centre.isPresent()) {
				centreLat = BigDecimal.valueOf(centre.get()[0]).setScale(6, java.math.RoundingMode.HALF_UP);
				centreLng = BigDecimal.valueOf(centre.get()[1]).setScale(6, java.math.RoundingMode.HALF_UP);
			}
			else {
				model.addAttribute("searchError", "directory.noCentre");
			}
		}
		model.addAttribute("lat", centreLat);
		model.addAttribute("lng", centreLng);
		if (centreLat != null && centreLng != null) {
			try {
				List<DirectoryEntry> results = directory.search(new DirectoryQuery(centreLat, centreLng, radiusM, ageMonths,
						inclusive, maxFee, serviceForm, demonstration));
				model.addAttribute("results", results);
			}
			catch (BusinessRuleException ex) {
				model.addAttribute("searchError", ex.messageKey());
				model.addAttribute("searchErrorArguments", ex.arguments());
			}
		}
		return "directory/search";
	}

	@GetMapping("/directory/institutions/{id}")
	String disclosure(@PathVariable UUID id, Model model) {
		InstitutionDetail detail = institutions.disclosure(id);
		model.addAttribute("detail", detail);
		vacancies.ifAvailable(v -> model.addAttribute("vacancies", v.of(detail)));
		PublicFilingRecord record = filings.publicRecord(id);
		model.addAttribute("filing", record.filed());
		model.addAttribute("verified", record.verified());
		model.addAttribute("sections", sections.stream()
			.sorted(Comparator.comparingInt(DisclosureSection::order))
			.flatMap(section -> section.of(id).stream())
			.toList());
		return "directory/institution";
	}
}
