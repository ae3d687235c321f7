package org.tuoyu.supervision.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.supervision.InspectionConflictException;

/**
 * Runs a page command and redirects: its success message, or the translated reason it was
 * rejected (a broken rule or a state conflict) as the page's error message.
 */
final class PageActions {

	private PageActions() {
	}

	interface Command {

		void run() throws java.io.IOException;
	}

	static String run(RedirectAttributes redirect, String target, String successKey, Command command)
			throws java.io.IOException {
		try {
			command.run();
			redirect.addFlashAttribute("flash", successKey);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		catch (InspectionConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + target;
	}
}
