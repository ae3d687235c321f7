package org.tuoyu.messaging.channels.web;

import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.messaging.channels.ChannelManagement;
import org.tuoyu.messaging.channels.ChannelPreferences;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * The guardians' page of notifications outside the app ({@code /family/notification-settings}),
 * phone-first: which kinds are sent by SMS or WeChat, and the quiet hours.
 */
@Controller
class ChannelController {

	private final CurrentUsers currentUsers;

	private final ChannelManagement channels;

	ChannelController(CurrentUsers currentUsers, ChannelManagement channels) {
		this.currentUsers = currentUsers;
		this.channels = channels;
	}

	/** The preferences as the form sends them: unticked boxes arrive as false, times as a time input sends them. */
	record PreferencesForm(Boolean messages, Boolean dailySummary, Boolean announcements, Boolean photos, Boolean others,
			Boolean quietHours, @DateTimeFormat(pattern = "HH:mm") LocalTime quietFrom,
			@DateTimeFormat(pattern = "HH:mm") LocalTime quietUntil) {

		static PreferencesForm of(ChannelPreferences p) {
			return new PreferencesForm(p.messages(), p.dailySummary(), p.announcements(), p.photos(), p.others(),
					p.quietHours(), p.quietFrom(), p.quietUntil());
		}

		ChannelPreferences preferences() {
			return new ChannelPreferences(on(messages), on(dailySummary), on(announcements), on(photos), on(others),
					on(quietHours), quietFrom, quietUntil);
		}

		private static boolean on(Boolean box) {
			return Boolean.TRUE.equals(box);
		}
	}

	@GetMapping("/family/notification-settings")
	String form(Model model) {
		if (!model.containsAttribute("preferencesForm")) {
			model.addAttribute("preferencesForm", PreferencesForm.of(channels.preferences(currentUsers.require())));
		}
		model.addAttribute("enabled", channels.enabled());
		return "messaging/channels/family";
	}

	@PostMapping("/family/notification-settings")
	String save(@ModelAttribute("preferencesForm") PreferencesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			result.reject("messaging.channels.quiet.time");
			return form(model);
		}
		try {
			channels.change(currentUsers.require(), form.preferences());
			redirect.addFlashAttribute("flash", "messaging.channels.saved");
			return "redirect:/family/notification-settings";
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return form(model);
		}
	}
}
