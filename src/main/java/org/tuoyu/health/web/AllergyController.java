package org.tuoyu.health.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.health.Allergies;
import org.tuoyu.health.AllergySeverity;
import org.tuoyu.health.NewAllergy;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;

/**
 * Allergy pages: the guardian's phone page of a child's allergies (record one, withdraw one) and
 * the institution's list of its children's allergies, where the health worker confirms them.
 */
@Controller
class AllergyController {

	/** The allergens guardians pick most, offered as suggestions (the field takes any text). */
	static final List<String> COMMON = List.of("鸡蛋", "牛奶", "花生", "小麦", "大豆", "鱼", "虾", "蟹", "芒果", "坚果");

	private final CurrentUsers currentUsers;

	private final Allergies allergies;

	private final FamilyManagement family;

	AllergyController(CurrentUsers currentUsers, Allergies allergies, FamilyManagement family) {
		this.currentUsers = currentUsers;
		this.allergies = allergies;
		this.family = family;
	}

	/** The phone form: the allergen, the reaction and the severity. */
	record AllergyForm(String allergen, String reaction, AllergySeverity severity) {
	}

	@GetMapping("/family/children/{childId}/allergies")
	String child(@PathVariable UUID childId, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("child", family.child(user, childId));
		model.addAttribute("allergies", allergies.ofChild(user, childId));
		model.addAttribute("severities", AllergySeverity.values());
		model.addAttribute("commonAllergens", COMMON);
		if (!model.containsAttribute("allergyForm")) {
			model.addAttribute("allergyForm", new AllergyForm(null, null, null));
		}
		return "health/allergies-family";
	}

	@PostMapping("/family/children/{childId}/allergies")
	String record(@PathVariable UUID childId, @ModelAttribute("allergyForm") AllergyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return child(childId, model);
		}
		try {
			allergies.record(currentUsers.require(), new NewAllergy(childId, form.allergen(), form.reaction(), form.severity()));
			redirect.addFlashAttribute("flash", "health.allergy.recorded");
			return "redirect:/family/children/" + childId + "/allergies";
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return child(childId, model);
		}
	}

	@PostMapping("/family/allergies/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam UUID childId, RedirectAttributes redirect) {
		allergies.withdraw(currentUsers.require(), id);
		redirect.addFlashAttribute("flash", "health.allergy.withdrawn");
		return "redirect:/family/children/" + childId + "/allergies";
	}

	@GetMapping("/org/health/allergies")
	String institution(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("allergies", allergies.atInstitution(user));
		model.addAttribute("confirms", user.role() == Role.HEALTH_WORKER);
		return "health/allergies-org";
	}

	@PostMapping("/org/health/allergies/{id}/confirmation")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			allergies.confirm(currentUsers.require(), id);
			redirect.addFlashAttribute("flash", "health.allergy.confirmed");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/org/health/allergies";
	}
}
