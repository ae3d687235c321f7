package org.tuoyu.messaging.committee.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.messaging.committee.CommitmentKind;
import org.tuoyu.messaging.committee.CommitteeManagement;
import org.tuoyu.messaging.committee.CommitteeRole;
import org.tuoyu.messaging.committee.NewMinutes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;

/**
 * The committee pages: the institution's (members and invitations, minutes, house rules, service
 * commitments and fee notes) and the guardian's phone page (answer an invitation, read the
 * committee, its minutes and the published texts).
 */
@Controller
class CommitteeController {

	private final CurrentUsers currentUsers;

	private final CommitteeManagement committee;

	CommitteeController(CurrentUsers currentUsers, CommitteeManagement committee) {
		this.currentUsers = currentUsers;
		this.committee = committee;
	}

	/** The minutes form. */
	record MinutesForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn, String title, String attendees,
			String text) {
	}

	@GetMapping("/org/committee")
	String institution(Model model) {
		CurrentUser user = currentUsers.require();
		boolean manages = user.role() == Role.INSTITUTION_ADMIN;
		model.addAttribute("committee", committee.committee(user));
		model.addAttribute("manages", manages);
		model.addAttribute("invitable", manages ? committee.invitable(user) : List.of());
		model.addAttribute("roles", CommitteeRole.values());
		if (!model.containsAttribute("minutesForm")) {
			model.addAttribute("minutesForm", new MinutesForm(null, null, null, null));
		}
		return "messaging/committee/org";
	}

	@PostMapping("/org/committee/invitations")
	String invite(@RequestParam(required = false) UUID guardianAccountId, @RequestParam(required = false) CommitteeRole role,
			RedirectAttributes redirect) {
		return outcome(redirect, "/org/committee", "messaging.committee.invited",
				() -> committee.invite(currentUsers.require(), guardianAccountId, role));
	}

	@PostMapping("/org/committee/members/{id}/end")
	String end(@PathVariable UUID id, RedirectAttributes redirect) {
		return outcome(redirect, "/org/committee", "messaging.committee.ended",
				() -> committee.end(currentUsers.require(), id));
	}

	@PostMapping("/org/committee/minutes")
	String recordMinutes(@ModelAttribute("minutesForm") MinutesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				committee.recordMinutes(currentUsers.require(),
						new NewMinutes(form.metOn(), form.title(), form.attendees(), form.text()));
				redirect.addFlashAttribute("flash", "messaging.committee.minutes.recorded");
				return "redirect:/org/committee#minutes";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return institution(model);
	}

	@PostMapping("/org/committee/commitments/{kind}")
	String saveCommitment(@PathVariable CommitmentKind kind, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return outcome(redirect, "/org/committee#commitments", "messaging.committee.commitment.saved",
				() -> committee.saveCommitment(currentUsers.require(), kind, text));
	}

	@PostMapping("/org/committee/commitments/{kind}/publication")
	String publishCommitment(@PathVariable CommitmentKind kind, RedirectAttributes redirect) {
		return outcome(redirect, "/org/committee#commitments", "messaging.committee.commitment.published",
				() -> committee.publishCommitment(currentUsers.require(), kind));
	}

	@GetMapping("/family/committee")
	String family(Model model) {
		model.addAttribute("committees", committee.forFamily(currentUsers.require()));
		return "messaging/committee/family";
	}

	@PostMapping("/family/committee/invitations/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		return outcome(redirect, "/family/committee", "messaging.committee.accepted",
				() -> committee.answer(currentUsers.require(), id, true));
	}

	@PostMapping("/family/committee/invitations/{id}/decline")
	String decline(@PathVariable UUID id, RedirectAttributes redirect) {
		return outcome(redirect, "/family/committee", "messaging.committee.declined",
				() -> committee.answer(currentUsers.require(), id, false));
	}

	/** Runs a page command and redirects with its success message, or the translated reason it was refused. */
	private static String outcome(RedirectAttributes redirect, String target, String success, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flash", success);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:" + target;
	}
}
