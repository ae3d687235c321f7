package org.tuoyu.platform.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.notification.JdbcInbox;

/**
 * The user's inbox.
 */
@Controller
class NotificationController {

	private static final int SHOWN = 100;

	private final CurrentUsers currentUsers;

	private final JdbcInbox inbox;

	NotificationController(CurrentUsers currentUsers, JdbcInbox inbox) {
		this.currentUsers = currentUsers;
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		model.addAttribute("notifications", inbox.latest(currentUsers.require().accountId(), SHOWN));
		return "notification/list";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id) {
		inbox.markRead(currentUsers.require().accountId(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String readAll() {
		inbox.markAllRead(currentUsers.require().accountId());
		return "redirect:/notifications";
	}
}
