package org.tuoyu.platform.web;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.UnreadMessages;
import org.tuoyu.platform.notification.JdbcInbox;

/**
 * What every page's layout needs: the signed-in user (for role-aware navigation), the unread
 * notification and conversation message counts and the current language. Added only when a page
 * is rendered, so JSON endpoints and redirects pay nothing.
 */
class LayoutAdvice implements HandlerInterceptor {

	private final CurrentUsers currentUsers;

	private final JdbcInbox inbox;

	private final Supplier<UnreadMessages> messages;

	LayoutAdvice(CurrentUsers currentUsers, JdbcInbox inbox, ObjectProvider<UnreadMessages> messages) {
		this.currentUsers = currentUsers;
		this.inbox = inbox;
		this.messages = SingletonSupplier.of(messages::getIfAvailable);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || isRedirect(page)) {
			return;
		}
		var me = currentUsers.current();
		page.addObject("me", me.orElse(null));
		page.addObject("unreadCount", me.map(user -> inbox.unreadCount(user.accountId())).orElse(0L));
		UnreadMessages unread = messages.get();
		page.addObject("unreadMessages",
				me.filter(user -> unread != null).map(user -> unread.unreadMessages(user)).orElse(0L));
		page.addObject("lang",
				LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "en" : "zh");
		page.addObject("requestPath", request.getRequestURI());
	}

	private static boolean isRedirect(ModelAndView page) {
		return page.getView() instanceof RedirectView
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"));
	}
}
