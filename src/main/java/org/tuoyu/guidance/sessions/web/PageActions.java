package org.tuoyu.guidance.sessions.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;

/**
 * Runs a page command and redirects: its success message, or the translated reason it was
 * rejected as the page's error message.
 */
final class PageActions {

	private PageActions() {
	}

	static String run(RedirectAttributes redirect, String target, String successKey, Runnable command) {
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
