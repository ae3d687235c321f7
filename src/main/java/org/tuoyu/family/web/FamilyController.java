package org.tuoyu.family.web;

import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.family.ConsentKind;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.Relation;
import org.tuoyu.family.web.FamilyForms.ChildForm;
import org.tuoyu.family.web.FamilyForms.InviteForm;
import org.tuoyu.family.web.FamilyForms.PickupForm;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.shared.Sex;

/**
 * The family portal (phone-width first): the guardian's children and invitations, adding a child,
 * and each child's guardians, pick-up persons and consents.
 */
@Controller
@RequestMapping("/family")
class FamilyController {

	private final CurrentUsers currentUsers;

	private final FamilyManagement family;

	FamilyController(CurrentUsers currentUsers, FamilyManagement family) {
		this.currentUsers = currentUsers;
		this.family = family;
	}

	@GetMapping
	String home(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("children", family.children(user));
		model.addAttribute("invitations", family.invitations(user));
		return "family/home";
	}

	@GetMapping("/children/new")
	String newChild(Model model) {
		if (!model.containsAttribute("child")) {
			model.addAttribute("child", new ChildForm("", null, null, "", null));
		}
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("relations", Relation.values());
		return "family/new-child";
	}

	@PostMapping("/children")
	String addChild(@ModelAttribute("child") ChildForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UUID id = family.addChild(currentUsers.require(), form.command());
				redirect.addFlashAttribute("flash", "family.child.added");
				return "redirect:/family/children/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return newChild(model);
	}

	@GetMapping("/children/{id}")
	String child(@PathVariable UUID id, Model model) {
		model.addAttribute("record", family.child(currentUsers.require(), id));
		model.addAttribute("relations", Relation.values());
		model.addAttribute("consentKinds", ConsentKind.values());
		if (!model.containsAttribute("pickup")) {
			model.addAttribute("pickup", new PickupForm("", "", ""));
		}
		if (!model.containsAttribute("invite")) {
			model.addAttribute("invite", new InviteForm("", null));
		}
		return "family/child";
	}

	@PostMapping("/children/{id}/pickups")
	String addPickup(@PathVariable UUID id, @ModelAttribute("pickup") PickupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return run(id, result, model, redirect,
				user -> family.addPickup(user, id, form.name(), form.relation(), form.phone()));
	}

	@PostMapping("/children/{id}/pickups/{pickupId}/remove")
	String removePickup(@PathVariable UUID id, @PathVariable UUID pickupId, RedirectAttributes redirect) {
		family.removePickup(currentUsers.require(), id, pickupId);
		redirect.addFlashAttribute("flash", "family.saved");
		return "redirect:/family/children/" + id;
	}

	@PostMapping("/children/{id}/consents/{kind}/grant")
	String grant(@PathVariable UUID id, @PathVariable ConsentKind kind, RedirectAttributes redirect) {
		family.grantConsent(currentUsers.require(), id, kind);
		redirect.addFlashAttribute("flash", "family.saved");
		return "redirect:/family/children/" + id;
	}

	@PostMapping("/children/{id}/consents/{kind}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable ConsentKind kind, RedirectAttributes redirect) {
		family.withdrawConsent(currentUsers.require(), id, kind);
		redirect.addFlashAttribute("flash", "family.saved");
		return "redirect:/family/children/" + id;
	}

	@PostMapping("/children/{id}/invitations")
	String invite(@PathVariable UUID id, @ModelAttribute("invite") InviteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(id, result, model, redirect, user -> family.invite(user, id, form.phone(), form.relation()));
	}

	@PostMapping("/invitations/{invitationId}/accept")
	String accept(@PathVariable UUID invitationId, RedirectAttributes redirect) {
		UUID child = family.accept(currentUsers.require(), invitationId);
		redirect.addFlashAttribute("flash", "family.invite.accepted");
		return "redirect:/family/children/" + child;
	}

	@PostMapping("/invitations/{invitationId}/decline")
	String decline(@PathVariable UUID invitationId, RedirectAttributes redirect) {
		family.decline(currentUsers.require(), invitationId);
		redirect.addFlashAttribute("flash", "family.saved");
		return "redirect:/family";
	}

	private String run(UUID childId, BindingResult result, Model model, RedirectAttributes redirect,
			Consumer<CurrentUser> command) {
		if (!result.hasErrors()) {
			try {
				command.accept(currentUsers.require());
				redirect.addFlashAttribute("flash", "family.saved");
				return "redirect:/family/children/" + childId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return child(childId, model);
	}
}
