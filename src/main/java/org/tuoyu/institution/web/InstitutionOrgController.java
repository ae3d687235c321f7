package org.tuoyu.institution.web;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.institution.Fee;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.web.InstitutionForms.ClassForm;
import org.tuoyu.institution.web.InstitutionForms.FeeForm;
import org.tuoyu.institution.web.InstitutionForms.ProfileForm;
import org.tuoyu.institution.web.InstitutionForms.SiteForm;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * The institution's own pages: profile, sites, classes and places, fees.
 */
@Controller
@RequestMapping("/org/institution")
class InstitutionOrgController {

	private final CurrentUsers currentUsers;

	private final InstitutionManagement institutions;

	InstitutionOrgController(CurrentUsers currentUsers, InstitutionManagement institutions) {
		this.currentUsers = currentUsers;
		this.institutions = institutions;
	}

	@GetMapping
	String show(Model model) {
		InstitutionDetail detail = institutions.own(currentUsers.require());
		var i = detail.institution();
		model.addAttribute("detail", detail);
		model.addAttribute("canEdit", currentUsers.require().role() == org.tuoyu.platform.Role.INSTITUTION_ADMIN);
		model.addAttribute("rules", institutions.rules());
		if (!model.containsAttribute("profile")) {
			model.addAttribute("profile", new ProfileForm(i.headName(), i.contactPhone(), i.serviceForms()));
		}
		if (!model.containsAttribute("site")) {
			model.addAttribute("site", new SiteForm("", "", i.divisionCode().value(), null, null, 1, null, ""));
		}
		if (!model.containsAttribute("careClass")) {
			model.addAttribute("careClass", new ClassForm(detail.mainSite().id(), "", null, null));
		}
		if (!model.containsAttribute("fee")) {
			model.addAttribute("fee", new FeeForm(null, null, null));
		}
		return InstitutionAdminController.choices(model, "institution/org");
	}

	@PostMapping("/profile")
	String profile(@ModelAttribute("profile") ProfileForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(result, model, redirect, user -> institutions.updateProfile(user, user.scope().institutionId(),
				form.headName(), form.contactPhone(), form.serviceForms()));
	}

	@PostMapping("/sites")
	String site(@ModelAttribute("site") SiteForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return run(result, model, redirect, user -> institutions.addSite(user, user.scope().institutionId(), form.command()));
	}

	@PostMapping("/classes")
	String careClass(@ModelAttribute("careClass") ClassForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(result, model, redirect,
				user -> institutions.addClass(user, user.scope().institutionId(), form.command()));
	}

	@PostMapping("/fees")
	String fee(@ModelAttribute("fee") FeeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return run(result, model, redirect, user -> institutions.publishFee(user, user.scope().institutionId(),
				new Fee(form.classType(), form.serviceForm(), form.monthlyFee())));
	}

	/** Runs a command for the signed-in institution; a broken rule re-renders with the message. */
	private String run(BindingResult result, Model model, RedirectAttributes redirect,
			java.util.function.Consumer<CurrentUser> command) {
		if (!result.hasErrors()) {
			try {
				command.accept(currentUsers.require());
				redirect.addFlashAttribute("flash", "institution.saved");
				return "redirect:/org/institution";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return show(model);
	}

}
