package org.tuoyu.guidance.register.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.guidance.register.RegisterEntry;
import org.tuoyu.guidance.register.RegisterManagement;
import org.tuoyu.guidance.register.web.RegisterForms.CorrectionForm;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * The family's entries in the register on the phone: one card per child, and a page to correct
 * the community (street first, then its communities, loaded in place) and the guardian contact.
 */
@Controller
@RequestMapping("/family/guidance/register")
class FamilyRegisterController {

	private final CurrentUsers currentUsers;

	private final RegisterManagement register;

	FamilyRegisterController(CurrentUsers currentUsers, RegisterManagement register) {
		this.currentUsers = currentUsers;
		this.register = register;
	}

	@GetMapping
	String entries(Model model) {
		model.addAttribute("entries", register.familyEntries(currentUsers.require()));
		return "guidance/register/family";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		RegisterEntry entry = register.familyEntry(currentUsers.require(), id);
		if (!model.containsAttribute("correctionForm")) {
			model.addAttribute("correctionForm",
					new CorrectionForm(entry.divisionCode(), entry.communityCode(), entry.guardianName(), null));
		}
		return form(entry, (CorrectionForm) model.getAttribute("correctionForm"), model);
	}

	@PostMapping("/{id}")
	String correct(@PathVariable UUID id, @ModelAttribute("correctionForm") CorrectionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			register.correct(currentUsers.require(), id, form.correction());
			redirect.addFlashAttribute("flash", "guidance.register.family.corrected");
			return "redirect:/family/guidance/register";
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return form(register.familyEntry(currentUsers.require(), id), form, model);
		}
	}

	private String form(RegisterEntry entry, CorrectionForm form, Model model) {
		String street = form.street() == null || form.street().isBlank() ? entry.divisionCode() : form.street();
		model.addAttribute("entry", entry);
		model.addAttribute("streets", register.streetsOfCity(entry));
		model.addAttribute("selectedStreet", street);
		model.addAttribute("communities", register.communitiesOf(street));
		return "guidance/register/correct";
	}

	/** The communities of a street as options, for the correction form (htmx). */
	@GetMapping("/communities")
	String communities(@RequestParam(required = false) String street, Model model) {
		model.addAttribute("communities", register.communitiesOf(street));
		return "guidance/register/correct :: communityOptions";
	}
}
