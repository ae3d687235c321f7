package org.tuoyu.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.account.FirstAdministrator;

/**
 * First start: set the city administrator's password with the one-time token from the log.
 */
@Controller
class SetupController {

	private final FirstAdministrator firstAdministrator;

	SetupController(FirstAdministrator firstAdministrator) {
		this.firstAdministrator = firstAdministrator;
	}

	record SetupForm(@NotBlank String token, @NotBlank String password, @NotBlank String confirmation) {
	}

	@GetMapping("/setup")
	String form(@ModelAttribute("form") SetupForm form) {
		return firstAdministrator.setupNeeded() ? "home/setup" : "redirect:/login";
	}

	@PostMapping("/setup")
	String complete(@Valid @ModelAttribute("form") SetupForm form, BindingResult result,
			org.springframework.ui.Model model) {
		if (!firstAdministrator.setupNeeded()) {
			return "redirect:/login";
		}
		if (!result.hasErrors() && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.confirmationMismatch");
		}
		if (!result.hasErrors()) {
			try {
				firstAdministrator.completeSetup(form.token(), form.password());
				return "redirect:/login?setup";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("adminName", firstAdministrator.username());
		return "home/setup";
	}
}
