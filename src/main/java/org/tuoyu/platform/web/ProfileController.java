package org.tuoyu.platform.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.account.ApiTokens;

/**
 * The user's own profile: change password, create and revoke API tokens.
 */
@Controller
class ProfileController {

	private final CurrentUsers currentUsers;

	private final AccountManagement accounts;

	private final ApiTokens tokens;

	ProfileController(CurrentUsers currentUsers, AccountManagement accounts, ApiTokens tokens) {
		this.currentUsers = currentUsers;
		this.accounts = accounts;
		this.tokens = tokens;
	}

	record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmation) {
	}

	record TokenForm(@NotBlank String name) {
	}

	@GetMapping("/profile")
	String profile(Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm(""));
		}
		model.addAttribute("tokens", tokens.list(currentUsers.require()));
		return "account/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.confirmationMismatch");
		}
		if (!result.hasErrors()) {
			try {
				accounts.changePassword(currentUsers.require(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("flash", "profile.passwordChanged");
				return "redirect:/profile";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("tokenForm", new TokenForm(""));
		return profile(model);
	}

	@PostMapping("/profile/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("newToken", tokens.create(currentUsers.require(), form.name()));
				return "redirect:/profile";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return profile(model);
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		CurrentUser user = currentUsers.require();
		tokens.revoke(user, id);
		redirect.addFlashAttribute("flash", "profile.tokenRevoked");
		return "redirect:/profile";
	}
}
