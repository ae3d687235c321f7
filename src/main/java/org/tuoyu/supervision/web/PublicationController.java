package org.tuoyu.supervision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.InspectionOutcome;
import org.tuoyu.supervision.PublicationDirectory;

/** The public list of published inspection results (一公开). */
@Controller
class PublicationController {

	private final PublicationDirectory publications;

	private final RegionManagement regions;

	private final InstitutionDirectory directory;

	PublicationController(PublicationDirectory publications, RegionManagement regions, InstitutionDirectory directory) {
		this.publications = publications;
		this.regions = regions;
		this.directory = directory;
	}

	@GetMapping("/directory/inspections")
	String list(@RequestParam(required = false) String division,
			@RequestParam(required = false) InspectionOutcome outcome, @RequestParam(defaultValue = "1") int page,
			Model model) {
		model.addAttribute("division", division);
		model.addAttribute("outcome", outcome);
		model.addAttribute("outcomes", InspectionOutcome.values());
		model.addAttribute("districts", regions.subdivisionsOf(DivisionCode.of(directory.rules().city())));
		try {
			model.addAttribute("results", publications.page(division, outcome, page));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("flashError", ex.messageKey());
			model.addAttribute("flashErrorArguments", ex.arguments());
			model.addAttribute("results", publications.page(null, outcome, 1));
		}
		return "supervision/inspection/public-list";
	}
}
