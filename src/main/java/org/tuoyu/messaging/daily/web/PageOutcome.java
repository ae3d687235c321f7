package org.tuoyu.messaging.daily.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;

/**
 * The outcome of a page command, shown on the page it redirects to: the success message, or the
 * translated reason it was refused (nothing was written).
 */
final class PageOutcome {

	private PageOutcome() {
	}

	static String redirect(RedirectAttributes redirect, String target, String successKey, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flash", successKey);
		}
		catch (BusinessRuleException ex) {
			refused(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:" + target;
	}

	static void refused(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("flashError", messageKey);
		redirect.addFlashAttribute("flashErrorArguments", arguments);
	}
}
