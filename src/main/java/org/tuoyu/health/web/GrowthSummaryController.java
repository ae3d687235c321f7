package org.tuoyu.health.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tuoyu.health.GrowthSummaries;
import org.tuoyu.platform.CurrentUsers;

/**
 * The growth summary pages: per class in the institution console, per institution, street and
 * district in the officers' console.
 */
@Controller
class GrowthSummaryController {

	private final CurrentUsers currentUsers;

	private final GrowthSummaries summaries;

	GrowthSummaryController(CurrentUsers currentUsers, GrowthSummaries summaries) {
		this.currentUsers = currentUsers;
		this.summaries = summaries;
	}

	@GetMapping({ "/org/health/growth/summary", "/admin/health/growth" })
	String summary(Model model) {
		model.addAttribute("summary", summaries.summary(currentUsers.require()));
		return "health/growth-summary";
	}
}
