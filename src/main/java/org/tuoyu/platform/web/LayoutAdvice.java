package org.tuoyu.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.notification.JdbcInbox;

/**
 * What every page's layout needs: the signed-in user (for role-aware navigation), the unread
 * notification count and the current language.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final CurrentUsers currentUsers;

	private final JdbcInbox inbox;

	LayoutAdvice(CurrentUsers currentUsers, JdbcInbox inbox) {
		this.currentUsers = currentUsers;
		this.inbox = inbox;
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return currentUsers.current().orElse(null);
	}

	@ModelAttribute("unreadCount")
	long unreadCount(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			return 0;
		}
		return currentUsers.current().map(user -> inbox.unreadCount(user.accountId())).orElse(0L);
	}

	@ModelAttribute("lang")
	String lang() {
		return LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "en" : "zh";
	}

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
