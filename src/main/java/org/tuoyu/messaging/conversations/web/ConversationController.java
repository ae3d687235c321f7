package org.tuoyu.messaging.conversations.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.messaging.conversations.Conversation;
import org.tuoyu.messaging.conversations.ConversationDetail;
import org.tuoyu.messaging.conversations.ConversationManagement;
import org.tuoyu.messaging.conversations.ConversationSettings;
import org.tuoyu.messaging.conversations.OfficeHours;
import org.tuoyu.messaging.conversations.OfficeHoursManagement;
import org.tuoyu.messaging.conversations.Sent;
import org.tuoyu.messaging.conversations.Side;
import org.tuoyu.messaging.conversations.Startable;
import org.tuoyu.messaging.conversations.Started;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;

/**
 * The conversation pages: the institution's list with starting a conversation and (administrators)
 * the office hours ({@code /org/messages}), the families' phone-first list of their children
 * ({@code /family/messages}), and a thread as a chat on either side, with reply, photos and
 * withdrawing. Opening a thread marks it read.
 */
@Controller
class ConversationController {

	private final CurrentUsers currentUsers;

	private final ConversationManagement conversations;

	private final OfficeHoursManagement officeHours;

	private final ConversationSettings settings;

	ConversationController(CurrentUsers currentUsers, ConversationManagement conversations,
			OfficeHoursManagement officeHours, ConversationSettings settings) {
		this.currentUsers = currentUsers;
		this.conversations = conversations;
		this.officeHours = officeHours;
		this.settings = settings;
	}

	/** The office hours form: the days ticked, and the times as a time input sends them. */
	record OfficeHoursForm(Set<DayOfWeek> days, @DateTimeFormat(pattern = "HH:mm") LocalTime opens,
			@DateTimeFormat(pattern = "HH:mm") LocalTime closes) {
	}

	@GetMapping("/org/messages")
	String institution(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("conversations", conversations.conversations(user));
		model.addAttribute("startable", conversations.startable(user));
		if (user.role() == Role.INSTITUTION_ADMIN) {
			model.addAttribute("officeHours", officeHours.officeHours(user));
			model.addAttribute("weekDays", DayOfWeek.values());
		}
		return "messaging/conversations/org";
	}

	@PostMapping("/org/messages/threads")
	String start(@RequestParam(required = false) UUID childId, @RequestParam(required = false) UUID guardianAccountId,
			RedirectAttributes redirect) {
		CurrentUser user = currentUsers.require();
		try {
			Started started = guardianAccountId != null ? conversations.startForGuardian(user, guardianAccountId)
					: conversations.startForChild(user, childId);
			return "redirect:/org/messages/" + started.id();
		}
		catch (BusinessRuleException ex) {
			return failed(redirect, ex, "/org/messages");
		}
	}

	@PostMapping("/org/messages/office-hours")
	String officeHours(@ModelAttribute OfficeHoursForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			if (binding.hasErrors()) {
				throw new BusinessRuleException("opens", "messaging.conversations.officeHours.time");
			}
			officeHours.change(currentUsers.require(), new OfficeHours(form.days(), form.opens(), form.closes()));
			redirect.addFlashAttribute("flash", "messaging.conversations.officeHours.saved");
			return "redirect:/org/messages";
		}
		catch (BusinessRuleException ex) {
			return failed(redirect, ex, "/org/messages");
		}
	}

	/** A child placed now on the family's page, with its thread when there is one. */
	record ChildCard(Startable.Child child, Conversation conversation) {
	}

	@GetMapping("/family/messages")
	String family(Model model) {
		CurrentUser user = currentUsers.require();
		List<Conversation> threads = conversations.conversations(user);
		Map<UUID, Conversation> byId = threads.stream().collect(Collectors.toMap(Conversation::id, c -> c));
		List<ChildCard> cards = conversations.startable(user)
			.children()
			.stream()
			.map(child -> new ChildCard(child, child.threadId() == null ? null : byId.remove(child.threadId())))
			.toList();
		model.addAttribute("cards", cards);
		model.addAttribute("others", threads.stream().filter(c -> byId.containsKey(c.id())).toList());
		return "messaging/conversations/family";
	}

	@PostMapping("/family/messages/children/{childId}")
	String startForChild(@PathVariable UUID childId, RedirectAttributes redirect) {
		try {
			return "redirect:/family/messages/" + conversations.startForChild(currentUsers.require(), childId).id();
		}
		catch (BusinessRuleException ex) {
			return failed(redirect, ex, "/family/messages");
		}
	}

	@GetMapping({ "/org/messages/{id}", "/family/messages/{id}" })
	String thread(@PathVariable UUID id, @RequestParam(required = false) Long before, Model model) {
		ConversationDetail detail = conversations.open(currentUsers.require(), id, before);
		model.addAttribute("detail", detail);
		model.addAttribute("base", base(detail.side()));
		model.addAttribute("maxPhotoMegabytes", settings.maxPhotoSize().toMegabytes());
		model.addAttribute("maxPhotos", settings.maxPhotos());
		return "messaging/conversations/thread";
	}

	@PostMapping({ "/org/messages/{id}/messages", "/family/messages/{id}/messages" })
	String send(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) List<MultipartFile> photos, Model model, RedirectAttributes redirect) {
		CurrentUser user = currentUsers.require();
		try {
			Sent sent = conversations.send(user, id, text, PhotoUploads.of(photos));
			redirect.addFlashAttribute("flash", "messaging.conversations.sent");
			if (sent.expectedAnswerFrom() != null) {
				redirect.addFlashAttribute("heldUntil", sent.expectedAnswerFrom());
			}
			return "redirect:" + threadPath(user, id) + "#latest";
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("draft", text);
			model.addAttribute("sendError", ex);
			return thread(id, null, model);
		}
	}

	@PostMapping({ "/org/messages/{id}/messages/{messageId}/withdrawal",
			"/family/messages/{id}/messages/{messageId}/withdrawal" })
	String withdraw(@PathVariable UUID id, @PathVariable UUID messageId, RedirectAttributes redirect) {
		CurrentUser user = currentUsers.require();
		try {
			conversations.withdraw(user, id, messageId);
			redirect.addFlashAttribute("flash", "messaging.conversations.withdraw.done");
			return "redirect:" + threadPath(user, id) + "#latest";
		}
		catch (BusinessRuleException ex) {
			return failed(redirect, ex, threadPath(user, id));
		}
	}

	private static String threadPath(CurrentUser user, UUID id) {
		return base(user.role() == Role.GUARDIAN ? Side.FAMILY : Side.INSTITUTION) + "/" + id;
	}

	private static String base(Side side) {
		return side == Side.FAMILY ? "/family/messages" : "/org/messages";
	}

	private static String failed(RedirectAttributes redirect, BusinessRuleException ex, String target) {
		redirect.addFlashAttribute("flashError", ex.messageKey());
		redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		return "redirect:" + target;
	}
}
