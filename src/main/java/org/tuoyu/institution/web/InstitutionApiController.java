package org.tuoyu.institution.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.Fee;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.NewClass;
import org.tuoyu.institution.NewInstitution;
import org.tuoyu.institution.NewSite;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.institution.Site;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;

/**
 * JSON API of the institution registry, with the same scope rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/institutions")
class InstitutionApiController {

	private final CurrentUsers currentUsers;

	private final InstitutionManagement institutions;

	InstitutionApiController(CurrentUsers currentUsers, InstitutionManagement institutions) {
		this.currentUsers = currentUsers;
		this.institutions = institutions;
	}

	/** A row of the registry. */
	record SummaryView(Institution institution, String streetName, int places, int sites) {
	}

	/** One institution with its sites, classes, fees and places. */
	record DetailView(Institution institution, List<Site> sites, List<CareClass> classes, List<Fee> fees, int places,
			Map<ClassType, Integer> placesByType) {

		static DetailView of(InstitutionDetail detail) {
			return new DetailView(detail.institution(), detail.sites(), detail.classes(), detail.fees(), detail.places(),
					detail.placesByType());
		}
	}

	record ProfileUpdate(String headName, String contactPhone, Set<ServiceForm> serviceForms) {
	}

	record Designations(boolean inclusive, BigDecimal inclusivePriceCap, LocalDate inclusiveValidUntil,
			DemonstrationLevel demonstrationLevel) {
	}

	record Created(UUID id) {
	}

	@GetMapping
	List<SummaryView> list(@RequestParam(required = false) InstitutionStatus status,
			@RequestParam(required = false) String q) {
		return institutions.list(currentUsers.require(), status, q)
			.stream()
			.map(s -> new SummaryView(s.institution(), s.streetName(), s.places(), s.sites()))
			.toList();
	}

	@PostMapping
	ResponseEntity<DetailView> register(@RequestBody NewInstitution request) {
		CurrentUser user = currentUsers.require();
		UUID id = institutions.register(user, request);
		return ResponseEntity.created(URI.create("/api/v1/institutions/" + id))
			.body(DetailView.of(institutions.detail(user, id)));
	}

	@GetMapping("/{id}")
	DetailView detail(@PathVariable UUID id) {
		return DetailView.of(institutions.detail(currentUsers.require(), id));
	}

	@PutMapping("/{id}/profile")
	DetailView updateProfile(@PathVariable UUID id, @RequestBody ProfileUpdate update) {
		institutions.updateProfile(currentUsers.require(), id, update.headName(), update.contactPhone(),
				update.serviceForms());
		return detail(id);
	}

	@PutMapping("/{id}/designations")
	DetailView setDesignations(@PathVariable UUID id, @RequestBody Designations designations) {
		institutions.setDesignations(currentUsers.require(), id, designations.inclusive(),
				designations.inclusivePriceCap(), designations.inclusiveValidUntil(), designations.demonstrationLevel());
		return detail(id);
	}

	@PostMapping("/{id}/sites")
	ResponseEntity<Created> addSite(@PathVariable UUID id, @RequestBody NewSite site) {
		return ResponseEntity.status(201).body(new Created(institutions.addSite(currentUsers.require(), id, site)));
	}

	@PostMapping("/{id}/classes")
	ResponseEntity<Created> addClass(@PathVariable UUID id, @RequestBody NewClass request) {
		return ResponseEntity.status(201).body(new Created(institutions.addClass(currentUsers.require(), id, request)));
	}

	@PutMapping("/{id}/fees")
	DetailView publishFee(@PathVariable UUID id, @RequestBody Fee fee) {
		institutions.publishFee(currentUsers.require(), id, fee);
		return detail(id);
	}
}
