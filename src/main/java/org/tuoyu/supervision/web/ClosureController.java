package org.tuoyu.supervision.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.supervision.ClosureManagement;

/** Closure cases: the list with the form to open one, and one case with its children's transfers. */
@Controller
class ClosureController {

	private final CurrentUsers currentUsers;

	private final ClosureManagement closures;

	private final InstitutionManagement institutions;

	ClosureController(CurrentUsers currentUsers, ClosureManagement closures, InstitutionManagement institutions) {
		this.currentUsers = currentUsers;
		this.closures = closures;
		this.institutions = institutions;
	}

	record OpenForm(UUID institutionId, String reason,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedClosingOn) {
	}

	record ProposalForm(UUID institutionId) {
	}

	record WithdrawalForm(String note) {
	}

	@GetMapping("/admin/supervision/closures")
	String list(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("closures", closures.cases(user));
		model.addAttribute("institutions", institutions.list(user, null, null));
		if (!model.containsAttribute("openForm")) {
			model.addAttribute("openForm", new OpenForm(null, null, null));
		}
		return "supervision/closure/list";
	}

	@PostMapping("/admin/supervision/closures")
	String open(@ModelAttribute("openForm") OpenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UUID id = closures.open(currentUsers.require(), form.institutionId(), form.reason(),
						form.plannedClosingOn());
				redirect.addFlashAttribute("flash", "supervision.closure.opened");
				return "redirect:/admin/supervision/closures/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return list(model);
	}

	@GetMapping("/admin/supervision/closures/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("closureCase", closures.closure(user, id));
		model.addAttribute("candidates", closures.candidates(user, id));
		return "supervision/closure/detail";
	}

	@PostMapping("/admin/supervision/closures/{id}/transfers/{transferId}")
	String propose(@PathVariable UUID id, @PathVariable UUID transferId, @ModelAttribute ProposalForm form,
			RedirectAttributes redirect) {
		return act(id, redirect, "supervision.closure.proposalChanged",
				() -> closures.propose(currentUsers.require(), id, transferId, form.institutionId()));
	}

	@PostMapping("/admin/supervision/closures/{id}/confirmation")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "supervision.closure.confirmed", () -> closures.confirm(currentUsers.require(), id));
	}

	@PostMapping("/admin/supervision/closures/{id}/transfers/{transferId}/withdrawal")
	String withdraw(@PathVariable UUID id, @PathVariable UUID transferId, @ModelAttribute WithdrawalForm form,
			RedirectAttributes redirect) {
		return act(id, redirect, "supervision.closure.withdrawn",
				() -> closures.withdraw(currentUsers.require(), id, transferId, form.note()));
	}

	/** Runs a command on the case and returns to it with the outcome as a flash message. */
	private String act(UUID id, RedirectAttributes redirect, String done, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/admin/supervision/closures/" + id;
	}
}
