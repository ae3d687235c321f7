package org.tuoyu.messaging.announcements.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.messaging.announcements.AnnouncementManagement;
import org.tuoyu.messaging.announcements.Audience;
import org.tuoyu.messaging.announcements.NewAnnouncement;
import org.tuoyu.messaging.announcements.Published;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * The announcement pages: the institution's list with the form to publish ({@code /org/announcements}),
 * one announcement with who has read and acknowledged it and the reminder, and the guardians'
 * phone-first list and page ({@code /family/announcements}), where opening marks it read and a tap
 * acknowledges it.
 */
@Controller
class AnnouncementController {

	private final CurrentUsers currentUsers;

	private final AnnouncementManagement announcements;

	AnnouncementController(CurrentUsers currentUsers, AnnouncementManagement announcements) {
		this.currentUsers = currentUsers;
		this.announcements = announcements;
	}

	/** The publishing form: the audience with its class or chosen children, the text and whether to ask for acknowledgement. */
	record AnnouncementForm(Audience audience, UUID classId, List<UUID> childIds, String title, String body,
			Boolean acknowledgementRequired) {

		NewAnnouncement announcement() {
			return new NewAnnouncement(audience, classId, childIds, title, body, acknowledgementRequired);
		}
	}

	@GetMapping("/org/announcements")
	String institution(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("announcements", announcements.announcements(user));
		model.addAttribute("audience", announcements.audience(user));
		if (!model.containsAttribute("announcementForm")) {
			model.addAttribute("announcementForm", new AnnouncementForm(null, null, List.of(), null, null, false));
		}
		return "messaging/announcements/org";
	}

	@PostMapping("/org/announcements")
	String publish(@ModelAttribute("announcementForm") AnnouncementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			result.reject("messaging.announcements.form.invalid");
			return institution(model);
		}
		try {
			Published published = announcements.publish(currentUsers.require(), form.announcement());
			redirect.addFlashAttribute("flash", "messaging.announcements.published");
			return "redirect:/org/announcements/" + published.id();
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return institution(model);
		}
	}

	@GetMapping("/org/announcements/{id}")
	String tracking(@PathVariable UUID id, Model model) {
		model.addAttribute("tracking", announcements.tracking(currentUsers.require(), id));
		return "messaging/announcements/org-detail";
	}

	@PostMapping("/org/announcements/{id}/reminders")
	String remind(@PathVariable UUID id, RedirectAttributes redirect) {
		return outcome(redirect, "/org/announcements/" + id, "messaging.announcements.reminded",
				() -> announcements.remind(currentUsers.require(), id));
	}

	@GetMapping("/family/announcements")
	String family(Model model) {
		model.addAttribute("announcements", announcements.received(currentUsers.require()));
		return "messaging/announcements/family";
	}

	/** The unread badge of the family's start page, swapped in after it loads. */
	@GetMapping("/family/announcements/unread")
	String unread(Model model) {
		model.addAttribute("unread", announcements.unreadAnnouncements(currentUsers.require()));
		return "messaging/announcements/fragments :: unread";
	}

	@GetMapping("/family/announcements/{id}")
	String open(@PathVariable UUID id, Model model) {
		model.addAttribute("announcement", announcements.open(currentUsers.require(), id));
		return "messaging/announcements/family-detail";
	}

	@PostMapping("/family/announcements/{id}/acknowledgement")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		return outcome(redirect, "/family/announcements/" + id, "messaging.announcements.acknowledged",
				() -> announcements.acknowledge(currentUsers.require(), id));
	}

	/** Runs a page command and redirects to {@code target} with its success message or its translated refusal. */
	private static String outcome(RedirectAttributes redirect, String target, String successKey, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flash", successKey);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:" + target;
	}
}
