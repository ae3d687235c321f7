package org.tuoyu.health.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.health.HealthRules;
import org.tuoyu.health.OutbreakManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;

/** Outbreak signals: the district's list with handling, and the institution's own. */
@Controller
class OutbreakController {

	private final CurrentUsers currentUsers;

	private final OutbreakManagement outbreaks;

	private final HealthRules rules;

	OutbreakController(CurrentUsers currentUsers, OutbreakManagement outbreaks, HealthRules rules) {
		this.currentUsers = currentUsers;
		this.outbreaks = outbreaks;
		this.rules = rules;
	}

	@GetMapping({ "/admin/health/signals", "/org/health/signals" })
	String signals(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("signals", outbreaks.signals(user));
		model.addAttribute("rules", rules);
		model.addAttribute("canHandle", user.role() == Role.DISTRICT_ADMIN || user.role() == Role.CITY_ADMIN);
		return "health/signals";
	}

	@PostMapping("/admin/health/signals/{id}/handling")
	String handling(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			outbreaks.recordHandling(currentUsers.require(), id, note);
			redirect.addFlashAttribute("flash", "health.signal.handled");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/admin/health/signals";
	}
}
