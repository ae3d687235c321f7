package org.tuoyu.supervision.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.supervision.InspectorManagement;

/** The inspector roster page: enrol, activate or deactivate, declare former workplaces. */
@Controller
class InspectorController {

	private static final String PAGE = "redirect:/admin/supervision/inspectors";

	private final CurrentUsers currentUsers;

	private final InspectorManagement inspectors;

	private final InstitutionManagement institutions;

	InspectorController(CurrentUsers currentUsers, InspectorManagement inspectors, InstitutionManagement institutions) {
		this.currentUsers = currentUsers;
		this.inspectors = inspectors;
		this.institutions = institutions;
	}

	@GetMapping("/admin/supervision/inspectors")
	String roster(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("inspectors", inspectors.inspectors(user));
		model.addAttribute("enrollable", inspectors.enrollable(user));
		model.addAttribute("administers", InspectorManagement.administers(user));
		model.addAttribute("institutions", InspectorManagement.administers(user)
				? institutions.list(user, null, null) : java.util.List.of());
		return "supervision/draw/inspectors";
	}

	@PostMapping("/admin/supervision/inspectors")
	String enrol(@RequestParam(required = false) UUID accountId, RedirectAttributes redirect) {
		return act(redirect, "supervision.inspector.enrolled", () -> inspectors.enrol(currentUsers.require(), accountId));
	}

	@PostMapping("/admin/supervision/inspectors/{id}/active")
	String active(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
		return act(redirect, "supervision.inspector.saved",
				() -> inspectors.setActive(currentUsers.require(), id, active));
	}

	@PostMapping("/admin/supervision/inspectors/{id}/workplaces")
	String declare(@PathVariable UUID id, @RequestParam(required = false) UUID institutionId,
			RedirectAttributes redirect) {
		return act(redirect, "supervision.inspector.workplace.saved",
				() -> inspectors.declareWorkplace(currentUsers.require(), id, institutionId));
	}

	@PostMapping("/admin/supervision/inspectors/{id}/workplaces/{institutionId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID institutionId, RedirectAttributes redirect) {
		return act(redirect, "supervision.inspector.workplace.withdrawn",
				() -> inspectors.withdrawWorkplace(currentUsers.require(), id, institutionId));
	}

	private static String act(RedirectAttributes redirect, String done, Runnable action) {
		DrawPageActions.run(redirect, done, action);
		return PAGE;
	}
}
