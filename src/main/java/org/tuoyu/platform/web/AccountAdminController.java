package org.tuoyu.platform.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NewOfficerAccount;
import org.tuoyu.platform.Role;

/**
 * Administrators create, enable and disable officer accounts inside their own scope.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')")
class AccountAdminController {

	private final CurrentUsers currentUsers;

	private final AccountManagement accounts;

	private final Clock clock;

	AccountAdminController(CurrentUsers currentUsers, AccountManagement accounts, Clock clock) {
		this.clock = clock;
		this.currentUsers = currentUsers;
		this.accounts = accounts;
	}

	record AccountForm(@NotBlank String username, @NotBlank String displayName, @NotNull Role role,
			@NotBlank String divisionCode, @NotBlank String password) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.visibleAccounts(currentUsers.require()));
		model.addAttribute("now", clock.instant());
		return "account/list";
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("form", new AccountForm("", "", Role.STREET_OFFICER,
				currentUsers.require().scope().division().value(), ""));
		return form(model, "account/new");
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.createOfficer(currentUsers.require(), new NewOfficerAccount(form.username(), form.displayName(),
						form.role(), form.divisionCode(), form.password()));
				redirect.addFlashAttribute("flash", "account.created");
				return "redirect:/admin/accounts";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, "account/new");
	}

	record EditForm(@NotBlank String displayName, @NotNull Role role, @NotBlank String divisionCode) {
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var account = accounts.visibleAccount(currentUsers.require(), id);
		model.addAttribute("account", account);
		model.addAttribute("form", new EditForm(account.displayName(), account.role(), account.divisionCode()));
		return form(model, "account/edit");
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") EditForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var account = accounts.visibleAccount(currentUsers.require(), id);
		if (!result.hasErrors()) {
			try {
				accounts.updateOfficer(currentUsers.require(), id, form.displayName(), form.role(), form.divisionCode());
				redirect.addFlashAttribute("flash", "account.updated");
				return "redirect:/admin/accounts";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("account", account);
		return form(model, "account/edit");
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, RedirectAttributes redirect) {
		return setEnabled(id, false, redirect);
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		return setEnabled(id, true, redirect);
	}

	private String setEnabled(UUID id, boolean enabled, RedirectAttributes redirect) {
		try {
			accounts.setEnabled(currentUsers.require(), id, enabled);
			redirect.addFlashAttribute("flash", enabled ? "account.enabled" : "account.disabled");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/admin/accounts";
	}

	private String form(Model model, String view) {
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(Role::isDivisionScoped).toList());
		return view;
	}
}
