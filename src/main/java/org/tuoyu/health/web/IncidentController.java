package org.tuoyu.health.web;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.health.HealthRules;
import org.tuoyu.health.IncidentManagement;
import org.tuoyu.health.IncidentType;
import org.tuoyu.health.NewIncident;
import org.tuoyu.health.Severity;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/** Incidents and injuries: the institution's record and list, the district's list of serious ones. */
@Controller
class IncidentController {

	private final CurrentUsers currentUsers;

	private final IncidentManagement incidents;

	private final PlacementManagement placements;

	private final HealthRules rules;

	IncidentController(CurrentUsers currentUsers, IncidentManagement incidents, PlacementManagement placements,
			HealthRules rules) {
		this.currentUsers = currentUsers;
		this.incidents = incidents;
		this.placements = placements;
		this.rules = rules;
	}

	/** An incident as entered; times from the browser's local date-time fields. */
	record IncidentForm(UUID childId, IncidentType type, Severity severity,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt, String place,
			String description, String firstAid,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime guardiansToldAt,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime districtToldAt) {
	}

	@GetMapping("/org/health/incidents")
	String list(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("incidents", incidents.incidents(user));
		model.addAttribute("children", placements.roster(user, user.scope().institutionId()));
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("now", incidents.now());
		model.addAttribute("rules", rules);
		if (!model.containsAttribute("incidentForm")) {
			model.addAttribute("incidentForm",
					new IncidentForm(null, null, null, incidents.now().withSecond(0), null, null, null, null, null));
		}
		return "health/incidents";
	}

	@PostMapping("/org/health/incidents")
	String record(@ModelAttribute("incidentForm") IncidentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				incidents.record(currentUsers.require(), new NewIncident(form.childId(), form.type(), form.severity(),
						form.occurredAt(), form.place(), form.description(), form.firstAid(), form.guardiansToldAt(),
						form.districtToldAt()));
				redirect.addFlashAttribute("flash", "health.incident.saved");
				return "redirect:/org/health/incidents";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return list(model);
	}

	@PostMapping("/org/health/incidents/{id}/reported")
	String reported(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			incidents.markReported(currentUsers.require(), id);
			redirect.addFlashAttribute("flash", "health.incident.reportedSaved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/org/health/incidents";
	}

	@GetMapping("/admin/health/incidents")
	String district(Model model) {
		model.addAttribute("incidents", incidents.incidents(currentUsers.require()));
		model.addAttribute("now", incidents.now());
		return "health/district-incidents";
	}
}
