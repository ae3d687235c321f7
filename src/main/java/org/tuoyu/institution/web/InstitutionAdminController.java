package org.tuoyu.institution.web;

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
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.institution.web.InstitutionForms.DesignationForm;
import org.tuoyu.institution.web.InstitutionForms.RegistrationForm;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * Regulator pages: the registry of institutions in the officer's area, registering one, and its
 * detail with inclusive and demonstration status.
 */
@Controller
@RequestMapping("/admin/institutions")
class InstitutionAdminController {

	private final CurrentUsers currentUsers;

	private final InstitutionManagement institutions;

	InstitutionAdminController(CurrentUsers currentUsers, InstitutionManagement institutions) {
		this.currentUsers = currentUsers;
		this.institutions = institutions;
	}

	@GetMapping
	String list(@RequestParam(required = false) InstitutionStatus status, @RequestParam(required = false) String q,
			Model model) {
		model.addAttribute("rows", institutions.list(currentUsers.require(), status, q));
		model.addAttribute("statuses", InstitutionStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		return "institution/list";
	}

	@GetMapping("/new")
	String form(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("form", RegistrationForm.empty(user.scope().division().value()));
		return choices(model, "institution/new");
	}

	@PostMapping
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UUID id = institutions.register(currentUsers.require(), form.command());
				redirect.addFlashAttribute("flash", "institution.registered");
				return "redirect:/admin/institutions/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return choices(model, "institution/new");
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		InstitutionDetail detail = institutions.detail(currentUsers.require(), id);
		model.addAttribute("detail", detail);
		if (!model.containsAttribute("designations")) {
			var i = detail.institution();
			model.addAttribute("designations", new DesignationForm(i.inclusive(), i.inclusivePriceCap(),
					i.inclusiveValidUntil(), i.demonstrationLevel()));
		}
		return choices(model, "institution/detail");
	}

	@PostMapping("/{id}/designations")
	String designations(@PathVariable UUID id, @ModelAttribute("designations") DesignationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			institutions.setDesignations(currentUsers.require(), id, Boolean.TRUE.equals(form.inclusive()),
					form.inclusivePriceCap(),
					form.inclusiveValidUntil(), form.demonstrationLevel());
			redirect.addFlashAttribute("flash", "institution.saved");
			return "redirect:/admin/institutions/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return detail(id, model);
		}
	}

	static String choices(Model model, String view) {
		model.addAttribute("registrationTypes", RegistrationType.values());
		model.addAttribute("ownerships", Ownership.values());
		model.addAttribute("categories", InstitutionCategory.values());
		model.addAttribute("serviceForms", ServiceForm.values());
		model.addAttribute("demonstrationLevels", DemonstrationLevel.values());
		model.addAttribute("classTypes", ClassType.values());
		return view;
	}
}
