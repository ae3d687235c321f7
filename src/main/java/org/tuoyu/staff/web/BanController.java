package org.tuoyu.staff.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.staff.BanList;
import org.tuoyu.staff.web.StaffForms.BanForm;
import org.tuoyu.staff.web.StaffForms.CheckForm;

/**
 * The ban list for officers: the recorded bans, recording a new one (city and district
 * administrators) and checking a person.
 */
@Controller
@RequestMapping("/admin/bans")
class BanController {

	private final CurrentUsers currentUsers;

	private final BanList bans;

	private final Clock clock;

	BanController(CurrentUsers currentUsers, BanList bans, Clock clock) {
		this.currentUsers = currentUsers;
		this.bans = bans;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("bans", bans.list(user));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canRecord", user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN);
		if (!model.containsAttribute("ban")) {
			model.addAttribute("ban", new BanForm("", "", "", "", LocalDate.now(clock), null, ""));
		}
		if (!model.containsAttribute("check")) {
			model.addAttribute("check", new CheckForm(""));
		}
		return "staff/bans";
	}

	@PostMapping
	String record(@ModelAttribute("ban") BanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				bans.record(currentUsers.require(), form.command());
				redirect.addFlashAttribute("flash", "staff.ban.recorded");
				return "redirect:/admin/bans";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return list(model);
	}

	@PostMapping("/checks")
	String check(@ModelAttribute("check") CheckForm form, BindingResult result, Model model) {
		try {
			model.addAttribute("checkResult", bans.check(currentUsers.require(), form.residentId()));
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
		}
		return list(model);
	}
}
