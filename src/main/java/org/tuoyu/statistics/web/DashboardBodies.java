package org.tuoyu.statistics.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.tuoyu.statistics.IndicatorCode;
import org.tuoyu.statistics.internal.LiveFigures;

/**
 * The dashboard's body (cards, ranking, trend, drill-down) rendered to HTML and kept with the live
 * figures it shows, so that the officers of one area asking for the same division, year, indicator
 * and language within the live figures' time to live share one render. The caller checks the
 * user's scope on every request before asking; the key names everything the body depends on.
 */
@Component
class DashboardBodies {

	private final ITemplateEngine templates;

	private final LiveFigures live;

	DashboardBodies(ITemplateEngine templates, LiveFigures live) {
		this.templates = templates;
		this.live = live;
	}

	/**
	 * The body's HTML.
	 * @param key what the body depends on (the user's area root matters for the breadcrumb)
	 * @param model the page model, read only when the body is rendered
	 */
	String body(Key key, HttpServletRequest request, HttpServletResponse response,
			Supplier<Map<String, Object>> model) {
		return live.kept(key, () -> {
			WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
				.buildExchange(request, response), key.locale(), model.get());
			return templates.process("statistics/dashboard-body", Set.of("body"), context);
		});
	}

	/**
	 * @param area the code of the user's area root
	 * @param division the division shown
	 * @param year the year shown
	 * @param indicator the indicator of the ranking and trend
	 * @param locale the reader's language
	 */
	record Key(String area, String division, int year, IndicatorCode indicator, Locale locale) {
	}
}
