package org.tuoyu.family.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tuoyu.family.web.FamilyForms.RegistrationForm;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.web.FormErrors;

/** A guardian registers with a mobile number and a password, then signs in. */
@Controller
class RegistrationController {

	private final AccountManagement accounts;

	RegistrationController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/register")
	String form(Model model) {
		if (!model.containsAttribute("registration")) {
			model.addAttribute("registration", new RegistrationForm("", "", "", ""));
		}
		return "family/register";
	}

	@PostMapping("/register")
	String register(@ModelAttribute("registration") RegistrationForm form, BindingResult result, Model model) {
		if (form.password() == null || !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "family.register.passwordsDiffer");
		}
		if (!result.hasErrors()) {
			try {
				accounts.registerGuardian(form.phone(), form.displayName(), form.password());
				return "redirect:/login?registered";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
	}
}
