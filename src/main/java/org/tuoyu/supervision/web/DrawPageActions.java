package org.tuoyu.supervision.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.supervision.DrawConflictException;

/** Runs a page's command and flashes its outcome: the done message, or the refused rule's message. */
final class DrawPageActions {

	private DrawPageActions() {
	}

	static void run(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (DrawConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
	}
}
